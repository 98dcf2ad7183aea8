//! Texts of the command line: help, errors and reports.

use super::Text;

pub const ERROR: Text = Text::new("error", "erreur");
pub const ABOUT: Text = Text::new(
    "A terminal workshop facilitator for the six-step customer-experience method",
    "Animateur d'ateliers en terminal pour la méthode d'expérience client en six étapes",
);

/// Subcommand name and its one-line help.
pub const SUBCOMMANDS: [(&str, Text); 6] = [
    (
        "new",
        Text::new(
            "Create a workshop and open it",
            "Créer un atelier et l'ouvrir",
        ),
    ),
    (
        "open",
        Text::new(
            "Open a workshop in the TUI",
            "Ouvrir un atelier dans l'interface",
        ),
    ),
    (
        "demo",
        Text::new(
            "Open a fresh copy of the built-in demo workshop",
            "Ouvrir une copie neuve de l'atelier de démonstration intégré",
        ),
    ),
    (
        "list",
        Text::new(
            "List the workshops of the store",
            "Lister les ateliers du dossier",
        ),
    ),
    (
        "export",
        Text::new(
            "Write a workshop in another format",
            "Écrire un atelier dans un autre format",
        ),
    ),
    (
        "completions",
        Text::new(
            "Print a shell completion script",
            "Afficher un script de complétion pour le shell",
        ),
    ),
];

/// Subcommand (empty for global), argument id, help.
pub const ARGS: [(&str, &str, Text); 11] = [
    (
        "",
        "dir",
        Text::new(
            "Folder holding the workshops (default: the user data folder)",
            "Dossier des ateliers (par défaut : le dossier de données de l'utilisateur)",
        ),
    ),
    (
        "",
        "lang",
        Text::new(
            "Interface language (default: from LC_ALL or LANG)",
            "Langue de l'interface (par défaut : selon LC_ALL ou LANG)",
        ),
    ),
    (
        "new",
        "title",
        Text::new("Title of the workshop", "Titre de l'atelier"),
    ),
    (
        "new",
        "no_open",
        Text::new(
            "Only create the file, print its path and exit",
            "Créer le fichier seulement, afficher son chemin et quitter",
        ),
    ),
    (
        "open",
        "workshop",
        Text::new(
            "Workshop name in the store, or path to a file",
            "Nom de l'atelier dans le dossier, ou chemin d'un fichier",
        ),
    ),
    (
        "open",
        "step",
        Text::new(
            "Step to open at: framing, listen, personas, journeys, moments, criticity, interactions, target, summary",
            "Étape à l'ouverture : framing, listen, personas, journeys, moments, criticity, interactions, target, summary",
        ),
    ),
    (
        "demo",
        "step",
        Text::new(
            "Step to open at (see open --help)",
            "Étape à l'ouverture (voir open --help)",
        ),
    ),
    (
        "list",
        "json",
        Text::new(
            "Print a JSON array instead of a table",
            "Afficher un tableau JSON au lieu d'une table",
        ),
    ),
    (
        "export",
        "format",
        Text::new("Output format", "Format de sortie"),
    ),
    (
        "export",
        "output",
        Text::new(
            "File to write (default: standard output)",
            "Fichier à écrire (par défaut : la sortie standard)",
        ),
    ),
    (
        "completions",
        "shell",
        Text::new("Shell to complete for", "Shell visé"),
    ),
];

pub const UNTITLED: Text = Text::new("Untitled workshop", "Atelier sans titre");
pub const NO_WORKSHOPS: Text = Text::new(
    "No workshop in {dir} yet. Create one with `parcours new \"Title\"` or try `parcours demo`.",
    "Aucun atelier dans {dir} pour l'instant. Créez-en un avec `parcours new \"Titre\"` ou essayez `parcours demo`.",
);
pub const LIST_HEADER: [Text; 4] = [
    Text::new("NAME", "NOM"),
    Text::new("TITLE", "TITRE"),
    Text::new("LAST CHANGE", "MODIFIÉ"),
    Text::new("DONE", "FAIT"),
];
pub const UNREADABLE: Text = Text::new("unreadable: {error}", "illisible : {error}");
pub const UNKNOWN_STEP: Text = Text::new(
    "unknown step \"{step}\"; choose one of: {steps}",
    "étape inconnue « {step} » ; choisissez parmi : {steps}",
);
pub const WRITE_FAILED: Text = Text::new(
    "cannot write {path}: {error}",
    "impossible d'écrire {path} : {error}",
);
pub const NOT_A_TERMINAL: Text = Text::new(
    "the interface needs a terminal; use `list`, `export` or `new --no-open` in scripts",
    "l'interface a besoin d'un terminal ; dans un script, utilisez `list`, `export` ou `new --no-open`",
);
