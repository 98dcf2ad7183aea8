//! Texts of the command line: help, errors and reports.

use super::Text;

pub const ERROR: Text = Text::new(
    "parcours: error: {message}",
    "parcours : erreur : {message}",
);
pub const ABOUT: Text = Text::new(
    "A terminal workshop facilitator for the six-step customer-experience method",
    "Animateur d'ateliers en terminal pour la méthode d'expérience client en six étapes",
);

/// Subcommand name and its one-line help.
pub const SUBCOMMANDS: [(&str, Text); 13] = [
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
        "audit",
        Text::new(
            "Check a workshop against the method: score, completeness, findings",
            "Vérifier un atelier selon la méthode : score, avancement, constats",
        ),
    ),
    (
        "import",
        Text::new(
            "Import survey answers or reviews from a CSV file into step 1",
            "Importer des réponses d'enquête ou des avis depuis un fichier CSV dans l'étape 1",
        ),
    ),
    (
        "host",
        Text::new(
            "Hold a workshop live: everyone joins it with their own screen",
            "Ouvrir un atelier en direct : chacun y entre avec son propre écran",
        ),
    ),
    (
        "join",
        Text::new(
            "Take a seat in a live workshop",
            "Prendre place dans un atelier en direct",
        ),
    ),
    (
        "merge",
        Text::new(
            "Merge two versions of a workshop by record (git's merge driver): the result goes over OURS",
            "Fusionner deux versions d'un atelier par enregistrement (pilote de fusion de git) : le résultat remplace OURS",
        ),
    ),
    (
        "diff",
        Text::new(
            "Say in words what changed between two versions of a workshop (git's diff driver)",
            "Dire en mots ce qui a changé entre deux versions d'un atelier (pilote de diff de git)",
        ),
    ),
    (
        "git-setup",
        Text::new(
            "Make git merge these workshops by record and show their history in words",
            "Faire fusionner ces ateliers par git enregistrement par enregistrement et montrer leur historique en mots",
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
pub const ARGS: [(&str, &str, Text); 44] = [
    (
        "export",
        "workshop",
        Text::new(
            "Workshop name in the store, or path to a file",
            "Nom de l'atelier dans le dossier, ou chemin d'un fichier",
        ),
    ),
    (
        "merge",
        "base",
        Text::new(
            "The common ancestor (git's %O)",
            "L'ancêtre commun (%O de git)",
        ),
    ),
    (
        "merge",
        "ours",
        Text::new(
            "Our version, replaced by the merge (git's %A)",
            "Notre version, remplacée par la fusion (%A de git)",
        ),
    ),
    (
        "merge",
        "theirs",
        Text::new(
            "The version merged in (git's %B)",
            "La version qu'on fusionne (%B de git)",
        ),
    ),
    (
        "merge",
        "output",
        Text::new(
            "Write the merge here instead of over OURS",
            "Écrire la fusion ici plutôt qu'à la place de OURS",
        ),
    ),
    (
        "diff",
        "files",
        Text::new(
            "The older version then the newer (one file with --textconv, git's seven with --git)",
            "L'ancienne version puis la nouvelle (un fichier avec --textconv, les sept de git avec --git)",
        ),
    ),
    (
        "diff",
        "textconv",
        Text::new(
            "Print the workshop as one statement a line (git's textconv: `git log -p` reads as prose)",
            "Écrire l'atelier à raison d'un constat par ligne (textconv de git : `git log -p` se lit comme un texte)",
        ),
    ),
    (
        "diff",
        "git",
        Text::new(
            "Take the arguments git gives an external diff command",
            "Prendre les arguments que git passe à une commande de diff externe",
        ),
    ),
    (
        "git-setup",
        "pattern",
        Text::new(
            "The workshop files, as a .gitattributes pattern (default: *.json)",
            "Les fichiers d'ateliers, en motif de .gitattributes (par défaut : *.json)",
        ),
    ),
    (
        "host",
        "workshop",
        Text::new(
            "The workshop: its name in the store or its file",
            "L'atelier : son nom dans le dossier ou son fichier",
        ),
    ),
    (
        "host",
        "group",
        Text::new(
            "Let the members of this group join (the socket's folder becomes 0770, that group's)",
            "Laisser entrer les membres de ce groupe (le dossier de la socket passe en 0770, à ce groupe)",
        ),
    ),
    (
        "host",
        "allow",
        Text::new(
            "Also let this user join (repeatable)",
            "Laisser aussi entrer cet utilisateur (répétable)",
        ),
    ),
    (
        "host",
        "facilitator",
        Text::new(
            "Who facilitates (default: the first to join)",
            "Qui anime (par défaut : le premier à entrer)",
        ),
    ),
    (
        "join",
        "workshop",
        Text::new(
            "The live workshop: its name, its file, or the socket the host printed (default: your only live one)",
            "L'atelier en direct : son nom, son fichier, ou la socket affichée par l'hôte (par défaut : votre seul atelier en direct)",
        ),
    ),
    (
        "join",
        "name",
        Text::new(
            "The name the others see (default: your user name)",
            "Le nom que voient les autres (par défaut : votre nom d'utilisateur)",
        ),
    ),
    (
        "join",
        "observe",
        Text::new(
            "Watch without changing anything",
            "Regarder sans rien modifier",
        ),
    ),
    (
        "",
        "dir",
        Text::new(
            "Folder holding the workshops (default: the user data folder)",
            "Dossier des ateliers (par défaut : le dossier de données de l'utilisateur)",
        ),
    ),
    (
        "",
        "lang",
        Text::new(
            "Interface language (default: from LC_ALL or LANG)",
            "Langue de l'interface (par défaut : selon LC_ALL ou LANG)",
        ),
    ),
    (
        "",
        "theme",
        Text::new(
            "Colour theme: default, light, high-contrast, ansi16, or one of yours (config folder, themes/NAME.toml)",
            "Thème de couleurs : default, light, high-contrast, ansi16, ou l'un des vôtres (dossier de configuration, themes/NOM.toml)",
        ),
    ),
    (
        "",
        "colors",
        Text::new(
            "Colour depth (auto: from NO_COLOR, COLORTERM and TERM)",
            "Profondeur de couleur (auto : selon NO_COLOR, COLORTERM et TERM)",
        ),
    ),
    (
        "",
        "mouse",
        Text::new(
            "Use the mouse to focus panes and scroll (off by default)",
            "Utiliser la souris pour choisir un volet et faire défiler (désactivé par défaut)",
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
        "new",
        "quick",
        Text::new(
            "A quick audit: condensed forms and a one-hour plan (full forms later with F)",
            "Un audit express : formulaires condensés et plan d'une heure (formulaires complets ensuite avec F)",
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
            "Étape à l'ouverture : framing, listen, personas, journeys, moments, criticity, interactions, target, summary",
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
            "Fichier à écrire (par défaut : la sortie standard)",
        ),
    ),
    (
        "export",
        "table",
        Text::new(
            "With --format csv: the table to write",
            "Avec --format csv : la table à écrire",
        ),
    ),
    (
        "export",
        "excel",
        Text::new(
            "With --format csv: semicolons and a byte-order mark, as Excel expects",
            "Avec --format csv : points-virgules et marque d'ordre des octets, comme l'attend Excel",
        ),
    ),
    (
        "export",
        "notes",
        Text::new(
            "With md or html: include the facilitator's private notes",
            "Avec md ou html : inclure les notes d'animation privées",
        ),
    ),
    (
        "audit",
        "workshops",
        Text::new(
            "Workshop names in the store, paths to files, or folders (their .json files); several give one line each and a total",
            "Noms d'ateliers dans le dossier, chemins de fichiers, ou dossiers (leurs fichiers .json) ; plusieurs donnent une ligne chacun et un total",
        ),
    ),
    (
        "audit",
        "json",
        Text::new(
            "Print the report as JSON (described in the README)",
            "Afficher le rapport en JSON (décrit dans le README)",
        ),
    ),
    (
        "audit",
        "strict",
        Text::new(
            "Exit with a failure when a finding is an error",
            "Sortir en échec quand un constat est une erreur",
        ),
    ),
    (
        "import",
        "workshop",
        Text::new(
            "Workshop name in the store, or path to a file",
            "Nom de l'atelier dans le dossier, ou chemin d'un fichier",
        ),
    ),
    (
        "import",
        "csv",
        Text::new(
            "CSV file: UTF-8 (with or without BOM) or Windows-1252, comma or semicolon",
            "Fichier CSV : UTF-8 (avec ou sans BOM) ou Windows-1252, virgule ou point-virgule",
        ),
    ),
    (
        "import",
        "text",
        Text::new(
            "Column of the customer's words (header or number from 1; detected otherwise)",
            "Colonne des mots du client (en-tête ou numéro à partir de 1 ; détectée sinon)",
        ),
    ),
    (
        "import",
        "score",
        Text::new(
            "Column of the 0-10 score, which feeds an NPS",
            "Colonne de la note de 0 à 10, qui alimente un NPS",
        ),
    ),
    (
        "import",
        "date",
        Text::new("Column of the date", "Colonne de la date"),
    ),
    (
        "import",
        "persona",
        Text::new(
            "Column naming a persona of the workshop",
            "Colonne nommant un persona de l'atelier",
        ),
    ),
    (
        "import",
        "source",
        Text::new(
            "Name of the source to attach the verbatims to (default: the file's name)",
            "Nom de la source à laquelle rattacher les verbatims (par défaut : le nom du fichier)",
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
pub const UNREADABLE: Text = Text::new("unreadable: {error}", "illisible : {error}");
pub const UNKNOWN_STEP: Text = Text::new(
    "unknown step \"{step}\"; choose one of: {steps}",
    "étape inconnue « {step} » ; choisissez parmi : {steps}",
);
pub const WRITE_FAILED: Text = Text::new(
    "cannot write {path}: {error}",
    "impossible d'écrire {path} : {error}",
);
pub const NOT_A_TERMINAL: Text = Text::new(
    "the interface needs a terminal; use `list`, `export` or `new --no-open` in scripts",
    "l'interface a besoin d'un terminal ; dans un script, utilisez `list`, `export` ou `new --no-open`",
);
pub const AUDIT_SCORE: Text = Text::new(
    "Score {score}/100 · completeness {done}%",
    "Score {score}/100 · avancement {done} %",
);
pub const AUDIT_COUNTS: Text = Text::new(
    "Findings: {n} ({errors} errors, {warnings} warnings, {infos} notes)",
    "Constats : {n} ({errors} erreurs, {warnings} avertissements, {infos} remarques)",
);
/// In the order of `method::Severity`.
pub const SEVERITIES: [Text; 3] = [
    Text::new("error", "erreur"),
    Text::new("warning", "attention"),
    Text::new("note", "remarque"),
];
pub const AUDIT_STRICT: Text = Text::new(
    "{n} finding(s) are errors (--strict)",
    "{n} constat(s) sont des erreurs (--strict)",
);
pub const AUDIT_STRICT_MANY: Text = Text::new(
    "{n} workshop(s) with errors (--strict)",
    "{n} atelier(s) avec des erreurs (--strict)",
);
/// One workshop's line when several are audited.
pub const AUDIT_LINE: Text = Text::new(
    "{score}/100 {done}% {errors} error(s)  {file}  {title}",
    "{score}/100 {done} % {errors} erreur(s)  {file}  {title}",
);
pub const AUDIT_UNREADABLE: Text = Text::new(
    "  unreadable  {file}: {error}",
    "  illisible  {file} : {error}",
);
pub const AUDIT_TOTAL: Text = Text::new(
    "{n} workshop(s) · mean score {mean}/100 · {errors} with errors · {unreadable} unreadable",
    "{n} atelier(s) · score moyen {mean}/100 · {errors} avec des erreurs · {unreadable} illisible(s)",
);
pub const AUDIT_SOME_UNREADABLE: Text = Text::new(
    "{n} file(s) could not be read",
    "{n} fichier(s) illisible(s)",
);
pub const NO_COLUMN: Text = Text::new(
    "no column named “{name}”; the file has: {headers}",
    "aucune colonne nommée « {name} » ; le fichier a : {headers}",
);
pub const NO_TEXT_COLUMN: Text = Text::new(
    "no column of customer words or scores found; name one with --text or --score (the file has: {headers})",
    "aucune colonne de verbatims ni de notes trouvée ; indiquez-la avec --text ou --score (le fichier a : {headers})",
);
pub const BAD_CSV: Text = Text::new("unreadable CSV: {error}", "CSV illisible : {error}");
pub const BAD_ROW: Text = Text::new("unreadable row: {error}", "ligne illisible : {error}");
pub const BAD_SCORE: Text = Text::new(
    "score “{score}” is not a whole number from 0 to 10",
    "la note « {score} » n'est pas un entier de 0 à 10",
);
pub const EMPTY_ROW: Text = Text::new("no text and no score", "ni texte ni note");
pub const IMPORTED: Text = Text::new(
    "{imported} verbatim(s) imported, {duplicates} already there, {rejected} row(s) rejected; {scores} score(s) in the file's NPS",
    "{imported} verbatim(s) importé(s), {duplicates} déjà présent(s), {rejected} ligne(s) rejetée(s) ; {scores} note(s) dans le NPS du fichier",
);
pub const REJECTED_LINE: Text = Text::new("  line {line}: {why}", "  ligne {line} : {why}");
pub const UNKNOWN_PERSONAS: Text = Text::new(
    "  no persona of the workshop is named: {names} (rows kept without persona)",
    "  aucun persona de l'atelier ne s'appelle : {names} (lignes gardées sans persona)",
);
pub const READ_FAILED: Text = Text::new(
    "cannot read {path}: {error}",
    "impossible de lire {path} : {error}",
);
/// How an import shows among the people of a live workshop.
pub const IMPORT: Text = Text::new("import", "import");
/// After a step's completeness in the audit: what it still asks for.
pub const AUDIT_MISSING: Text = Text::new(": missing {what}", " : il manque {what}");
/// A link mended while loading a workshop, said on stderr by the commands that read one.
pub const REPAIRED: Text = Text::new(
    "{file}: link repaired: {note}",
    "{file} : lien réparé : {note}",
);

// clap's own words, which it only knows in English (see `cli::clap_words`).
pub const USAGE: Text = Text::new("Usage:", "Utilisation :");
// clap puts a colon right after a heading: the French ones end with the space it needs.
pub const COMMANDS: Text = Text::new("Commands", "Commandes\u{a0}");
pub const OPTIONS: Text = Text::new("Options", "Options\u{a0}");
pub const ARGUMENTS: Text = Text::new("Arguments", "Arguments\u{a0}");
pub const HELP_FLAG: Text = Text::new("Print help", "Afficher l'aide");
pub const VERSION_FLAG: Text = Text::new("Print version", "Afficher la version");
pub const HELP_COMMAND: Text = Text::new(
    "Print this message or the help of the given command",
    "Afficher ce message ou l'aide de la commande donnée",
);
pub const ENV_NOTE: Text = Text::new("env: {var}", "variable : {var}");
pub const DEFAULT_NOTE: Text = Text::new("default: {value}", "par défaut : {value}");
pub const VALUES_NOTE: Text =
    Text::new("possible values: {values}", "valeurs possibles : {values}");
pub const CLAP_ERROR: Text = Text::new("error:", "erreur :");
pub const NO_VALUE: Text = Text::new(
    "a value is required for '{arg}' but none was supplied",
    "« {arg} » demande une valeur, aucune n'a été donnée",
);
pub const BAD_VALUE: Text = Text::new(
    "invalid value '{value}' for '{arg}'",
    "valeur « {value} » invalide pour « {arg} »",
);
pub const REFUSED_VALUE: Text = Text::new(
    "invalid value '{value}' for '{arg}': {why}",
    "valeur « {value} » invalide pour « {arg} » : {why}",
);
pub const UNKNOWN_ARG: Text = Text::new(
    "unexpected argument '{arg}' found",
    "argument inattendu « {arg} »",
);
pub const UNKNOWN_COMMAND: Text = Text::new(
    "unrecognized subcommand '{sub}'",
    "commande inconnue « {sub} »",
);
pub const MISSING_ARGS: Text = Text::new(
    "the following required arguments were not provided: {arg}",
    "ces arguments obligatoires manquent : {arg}",
);
pub const MISSING_COMMAND: Text = Text::new(
    "a subcommand is required but none was provided",
    "une commande est attendue, aucune n'a été donnée",
);
pub const CONFLICT: Text = Text::new(
    "the argument '{arg}' cannot be used with '{prior}'",
    "l'argument « {arg} » ne va pas avec « {prior} »",
);
pub const NO_EQUALS: Text = Text::new(
    "equal sign is needed when assigning values to '{arg}'",
    "il faut un signe égal pour donner une valeur à « {arg} »",
);
pub const TOO_MANY_VALUES: Text = Text::new(
    "unexpected value '{value}' for '{arg}' found; no more were expected",
    "valeur « {value} » inattendue pour « {arg} » : il n'en fallait pas plus",
);
pub const WRONG_COUNT: Text = Text::new(
    "wrong number of values for '{arg}'",
    "nombre de valeurs incorrect pour « {arg} »",
);
pub const NOT_UTF8: Text = Text::new(
    "invalid UTF-8 was detected in one or more arguments",
    "un argument n'est pas de l'UTF-8 valide",
);
pub const TIP: Text = Text::new("tip:", "astuce :");
pub const SIMILAR_COMMAND: Text = Text::new(
    "a similar subcommand exists: {similar}",
    "commande proche : {similar}",
);
pub const SIMILAR_ARG: Text = Text::new(
    "a similar argument exists: {similar}",
    "argument proche : {similar}",
);
pub const SIMILAR_VALUE: Text = Text::new(
    "a similar value exists: {similar}",
    "valeur proche : {similar}",
);
pub const QUOTED: Text = Text::new("'{x}'", "« {x} »");
pub const PASS_AS_VALUE: Text = Text::new(
    "to pass '{x}' as a value, use '{y}'",
    "pour passer « {x} » comme valeur, écrivez « {y} »",
);
pub const REMOVE_DASHES: Text = Text::new(
    "subcommand '{x}' exists; to use it, remove the '--' before it",
    "la commande « {x} » existe : pour l'utiliser, retirez le « -- » qui la précède",
);
pub const MORE_HELP: Text = Text::new(
    "For more information, try '--help'.",
    "Pour en savoir plus, essayez « --help ».",
);
