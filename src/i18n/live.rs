//! Texts of live workshops: the host's log and errors, what a seat says of its host.

use super::Text;

pub const NO_GROUP: Text = Text::new("no group named “{group}”", "aucun groupe nommé « {group} »");
pub const FOLDER_FAILED: Text = Text::new(
    "cannot prepare the socket folder {dir}: {error}",
    "impossible de préparer le dossier des sockets {dir} : {error}",
);
pub const FOLDER_UNSAFE: Text = Text::new(
    "{dir} must be a folder of yours with mode {mode} or tighter: remove it, or fix it",
    "{dir} doit être un dossier à vous, en mode {mode} ou plus fermé : supprimez-le ou corrigez-le",
);
pub const BIND_FAILED: Text = Text::new(
    "cannot listen at {socket}: {error}",
    "impossible d'écouter sur {socket} : {error}",
);
pub const SOCKET_LIVE: Text = Text::new(
    "another host already listens at {socket}",
    "un autre hôte écoute déjà sur {socket}",
);
pub const NOT_ALLOWED: Text = Text::new(
    "{who} may not join: not the host's user, not in the group “{group}”, not named with --allow",
    "{who} ne peut pas entrer : ni l'utilisateur de l'hôte, ni membre du groupe « {group} », ni cité avec --allow",
);
pub const HOSTING: Text = Text::new(
    "Hosting “{title}” ({path})",
    "Atelier « {title} » ouvert ({path})",
);
pub const JOIN_WITH: Text = Text::new(
    "Join with:  parcours join {socket}",
    "Pour entrer :  parcours join {socket}",
);
pub const JOIN_SAME_USER: Text = Text::new(
    "    or, as {user}:  parcours join   (or parcours open {name})",
    "    ou, en tant que {user} :  parcours join   (ou parcours open {name})",
);
pub const CTRL_C: Text = Text::new(
    "Ctrl-C ends the workshop; everything is saved.",
    "Ctrl-C termine l'atelier ; tout est enregistré.",
);
pub const ALLOW_UNREACHABLE: Text = Text::new(
    "note: {user} is allowed but cannot reach the socket's folder without --group",
    "note : {user} est autorisé mais ne peut pas atteindre le dossier de la socket sans --group",
);
pub const JOINED: Text = Text::new(
    "{who} joined as {role} ({n} here)",
    "{who} est entré, {role} ({n} présents)",
);
pub const LEFT: Text = Text::new(
    "{who} left: {why} ({n} here)",
    "{who} est sorti : {why} ({n} présents)",
);
pub const REFUSED: Text = Text::new("refused: {why}", "refusé : {why}");
pub const DROPPED: Text = Text::new("dropped {who}: {why}", "connexion de {who} coupée : {why}");
pub const STOPPED_READING: Text = Text::new("stopped reading", "ne lit plus");
pub const BEFORE_HELLO: Text =
    Text::new("spoke before saying hello", "a parlé avant de se présenter");
pub const OTHER_VERSION: Text = Text::new(
    "this host speaks version {host} of the protocol, the seat {seat}: use the same parcours",
    "cet hôte parle la version {host} du protocole, le poste la {seat} : utilisez le même parcours",
);
pub const ENDED_BY: Text = Text::new(
    "the workshop was ended by {who}",
    "l'atelier a été terminé par {who}",
);
pub const INTERRUPTED: Text = Text::new(
    "the host was stopped; everything is saved",
    "l'hôte a été arrêté ; tout est enregistré",
);
pub const ENDING: Text = Text::new(
    "The workshop ends: {why}. Saved in {path}.",
    "L'atelier se termine : {why}. Enregistré dans {path}.",
);
pub const ROLES: [Text; 3] = [
    Text::new("facilitator", "animateur"),
    Text::new("participant", "participant"),
    Text::new("observer", "observateur"),
];
pub const HOST_LOST: Text = Text::new(
    "host lost ({error}): showing the last state, trying again…",
    "hôte perdu ({error}) : dernier état affiché, nouvelle tentative…",
);
pub const CANNOT_REACH: Text = Text::new(
    "cannot reach the host at {socket}: {error}",
    "impossible de joindre l'hôte sur {socket} : {error}",
);
pub const NOT_HOSTED: Text = Text::new(
    "“{name}” is not hosted: start it with parcours host {name}",
    "« {name} » n'est pas ouvert en direct : lancez parcours host {name}",
);
pub const NO_LIVE: Text = Text::new(
    "no live workshop of yours here: give its file or its socket",
    "aucun atelier en direct à vous ici : donnez son fichier ou sa socket",
);
pub const SEVERAL_LIVE: Text = Text::new(
    "several live workshops: {list}; give one",
    "plusieurs ateliers en direct : {list} ; précisez lequel",
);
pub const HERE: Text = Text::new("Here: {people}", "Présents : {people}");
pub const END_Q: Text = Text::new(
    "End the workshop for everyone? It is saved, and every seat closes.",
    "Terminer l'atelier pour tout le monde ? Il est enregistré, et chaque poste se ferme.",
);
pub const HOST_SILENT: Text = Text::new(
    "the host did not answer within a minute: the change may not be made",
    "l'hôte n'a pas répondu en une minute : la modification n'est peut-être pas faite",
);
