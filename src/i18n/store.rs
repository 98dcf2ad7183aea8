//! Texts of the workshop store: one-line errors about files, names and locks.

use super::Text;

pub const READ: Text = Text::new(
    "cannot read {file}: {error}",
    "impossible de lire {file} : {error}",
);
pub const WRITE: Text = Text::new(
    "cannot write {file}: {error}",
    "impossible d'écrire {file} : {error}",
);
pub const CREATE_DIR: Text = Text::new(
    "cannot create the folder {file}: {error}",
    "impossible de créer le dossier {file} : {error}",
);
pub const LIST: Text = Text::new(
    "cannot list the folder {file}: {error}",
    "impossible de parcourir le dossier {file} : {error}",
);
pub const DELETE: Text = Text::new(
    "cannot delete {file}: {error}",
    "impossible de supprimer {file} : {error}",
);
pub const LOCK: Text = Text::new(
    "cannot lock {file}: {error}",
    "impossible de verrouiller {file} : {error}",
);
pub const NO_DATA_DIR: Text = Text::new(
    "no data folder is known for this user: give one with --dir or PARCOURS_DIR",
    "aucun dossier de données connu pour cet utilisateur : indiquez-en un avec --dir ou PARCOURS_DIR",
);
pub const SYNTAX: Text = Text::new(
    "{file}:{line}:{column}: not readable as a workshop: {msg}",
    "{file}:{line}:{column} : illisible comme atelier : {msg}",
);
pub const NOT_WORKSHOP: Text = Text::new(
    "{file} is not a parcours workshop (its \"format\" is not \"{format}\")",
    "{file} n'est pas un atelier parcours (son « format » n'est pas « {format} »)",
);
pub const NEWER: Text = Text::new(
    "{file} uses schema version {found}, but this parcours reads versions up to {supported}: update parcours to open it",
    "{file} suit la version de schéma {found}, or ce parcours ne lit que jusqu'à la version {supported} : mettez parcours à jour pour l'ouvrir",
);
pub const MIGRATION: Text = Text::new(
    "{file}: cannot upgrade from schema version {from}: {why}",
    "{file} : passage impossible depuis la version de schéma {from} : {why}",
);
pub const NO_FILE: Text = Text::new("(no file)", "(sans fichier)");
pub const INVALID: Text = Text::new(
    "{file} is not a consistent workshop: {why}",
    "{file} n'est pas un atelier cohérent : {why}",
);
pub const LOCKED: Text = Text::new(
    "{file} is open in another parcours ({holder})",
    "{file} est ouvert dans un autre parcours ({holder})",
);
pub const HOLDER: Text = Text::new(
    "{user} on {host}, process {pid}, since {since}",
    "{user} sur {host}, processus {pid}, depuis le {since}",
);
pub const HOLDER_HERE: Text = Text::new(
    "{user}, process {pid}, since {since}",
    "{user}, processus {pid}, depuis le {since}",
);
pub const HOLDER_UNKNOWN: Text = Text::new("holder unknown", "détenteur inconnu");
pub const NOT_FOUND: Text = Text::new(
    "no workshop called \"{name}\" in {dir} (parcours list shows them; parcours new \"{name}\" --no-open creates it)",
    "aucun atelier nommé « {name} » dans {dir} (parcours list les montre ; parcours new \"{name}\" --no-open le crée)",
);
pub const AMBIGUOUS: Text = Text::new(
    "\"{name}\" could be several workshops: {candidates}; be more precise",
    "« {name} » peut désigner plusieurs ateliers : {candidates} ; précisez",
);
pub const UNLOADABLE: Text = Text::new(
    "not saving over {file}, because that file does not load as a workshop: {cause}",
    "{file} n'est pas écrasé, car ce fichier ne se charge pas comme un atelier : {cause}",
);
pub const HARD_LINKED: Text = Text::new(
    "{file} has {links} hard links: a save would split them apart, so parcours does not open it (copy it, or use a symbolic link)",
    "{file} a {links} liens physiques : un enregistrement les séparerait, aussi parcours ne l'ouvre pas (copiez-le, ou utilisez un lien symbolique)",
);
pub const BAD_LOCK: Text = Text::new(
    "{file} is not a plain lock file (a symbolic link, a folder or a device): remove it, then try again",
    "{file} n'est pas un simple fichier de verrou (un lien symbolique, un dossier ou un périphérique) : supprimez-le, puis réessayez",
);
pub const NOT_A_FILE: Text = Text::new(
    "{file} is not a regular file (a pipe, a device or a folder): not read",
    "{file} n'est pas un fichier ordinaire (un tube, un périphérique ou un dossier) : non lu",
);
pub const TOO_LARGE: Text = Text::new(
    "{file} is {size} MB, more than the {limit} MB a workshop may weigh: not read",
    "{file} pèse {size} Mo, plus que les {limit} Mo permis pour un atelier : non lu",
);
