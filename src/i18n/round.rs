//! Texts of rounds: private cards, criticity votes, dot votes.

use super::Text;

pub const ROUND_OPEN: Text = Text::new(
    "a round is already open: reveal it or cancel it first",
    "une ronde est déjà ouverte : révélez-la ou annulez-la d'abord",
);
pub const NO_ROUND: Text = Text::new(
    "no round takes this now",
    "aucune ronde ne prend cela maintenant",
);
pub const NOT_VOTING: Text = Text::new(
    "the facilitator does not vote in this round",
    "l'animateur ne vote pas dans cette ronde",
);
pub const NO_DOT_LEFT: Text = Text::new(
    "all your dots are placed: take one back first",
    "tous vos points sont placés : reprenez-en un d'abord",
);
pub const DOT_CAP: Text = Text::new(
    "this action has as many of your dots as the round allows",
    "cette action a déjà autant de vos points que la ronde le permet",
);
pub const NO_DOT_HERE: Text = Text::new(
    "none of your dots is on this action",
    "aucun de vos points n'est sur cette action",
);
pub const NOT_KEPT: Text = Text::new(
    "the round could not be written beside the workshop ({error}): nothing changed",
    "la ronde n'a pas pu être écrite à côté de l'atelier ({error}) : rien n'a changé",
);
pub const VERBATIMS: Text = Text::new(
    "cards → verbatims: what customers said",
    "cartes → verbatims : ce qu'ont dit les clients",
);
pub const NEEDS: Text = Text::new("cards → needs of {name}", "cartes → besoins de {name}");
pub const FRUSTRATIONS: Text = Text::new(
    "cards → frustrations of {name}",
    "cartes → frustrations de {name}",
);
pub const PAINS: Text = Text::new(
    "cards → pain points of “{name}”",
    "cartes → irritants de « {name} »",
);
pub const MOMENTS: Text = Text::new(
    "cards → key moments of “{name}”",
    "cartes → moments clés de « {name} »",
);
pub const CRITICITY: Text = Text::new("criticity vote", "vote de criticité");
pub const DOTS: Text = Text::new(
    "dot vote: {budget} each, at most {cap} on one action",
    "vote par points : {budget} chacun, au plus {cap} sur une action",
);
pub const LINE: Text = Text::new("Round: {what}", "Ronde : {what}");
pub const NOBODY_YET: Text = Text::new("nobody yet", "personne encore");
pub const YOUR_CARDS: Text = Text::new(
    "Your cards ({n}): only you see them until the reveal",
    "Vos cartes ({n}) : vous seul les voyez jusqu'à la révélation",
);
pub const OTHERS: Text = Text::new("Cards so far: {counts}", "Cartes à ce stade : {counts}");
pub const SETUP: Text = Text::new("Open a round", "Ouvrir une ronde");
pub const WHAT: Text = Text::new("What", "Quoi");
pub const ANONYMOUS: Text = Text::new("Anonymous, shuffled", "Anonymes, mélangées");
pub const FACILITATOR_VOTES: Text = Text::new("The facilitator votes", "L'animateur vote");
pub const TALLY: Text = Text::new(
    "Read out (one person types every vote)",
    "À voix haute (une personne saisit chaque vote)",
);
pub const BUDGET: Text = Text::new("Dots each", "Points par personne");
pub const CAP: Text = Text::new("Most on one action", "Au plus sur une action");
pub const YES: Text = Text::new("yes", "oui");
pub const NO: Text = Text::new("no", "non");
pub const NO_ROUND_HERE: Text = Text::new(
    "no round on this step: rounds are on steps 1 to 5 and 7",
    "pas de ronde sur cette étape : les rondes sont aux étapes 1 à 5 et 7",
);
pub const PICK_PERSONA: Text =
    Text::new("choose the persona first", "choisissez d'abord le persona");
pub const PICK_STAGE: Text = Text::new(
    "open a journey's stages (]) and choose the stage first",
    "ouvrez les étapes d'un parcours (]) et choisissez d'abord l'étape",
);
pub const NO_STAGE_YET: Text = Text::new(
    "draw a journey's stages first (step 3)",
    "tracez d'abord les étapes d'un parcours (étape 3)",
);
pub const REVEAL_Q: Text = Text::new(
    "Reveal the round? Everything goes into the workshop at once (u takes it back).",
    "Révéler la ronde ? Tout entre dans l'atelier d'un coup (u l'annule).",
);
pub const CANCEL_Q: Text = Text::new(
    "Cancel the round? Its cards and votes are dropped.",
    "Annuler la ronde ? Ses cartes et ses votes sont abandonnés.",
);
pub const HELD: Text = Text::new(
    "the facilitator holds everyone on this step",
    "l'animateur retient tout le monde sur cette étape",
);
pub const FOLLOWING: Text = Text::new("following {name}", "suit {name}");
pub const FREE: Text = Text::new("free (f: follow)", "libre (f : suivre)");
pub const LEADING: Text = Text::new("you lead", "vous menez");
pub const HOLDING: Text = Text::new("all held here", "tous retenus ici");
pub const MARKS: Text = Text::new(
    "ready {ready} · more time {more}",
    "prêts {ready} · plus de temps {more}",
);
pub const VOTING: Text = Text::new(
    "Private vote: v s l x rate, Backspace takes back; nobody sees your votes before the reveal",
    "Vote privé : v s l x notent, Retour arrière reprend ; personne ne voit vos votes avant la révélation",
);
pub const SETTLE: Text = Text::new(
    "votes {spread}: {level} proposed; settle with v s l x",
    "votes {spread} : {level} proposé ; à trancher avec v s l x",
);
pub const SETTLE_TIE: Text = Text::new(
    "votes {spread}: a tie; settle with v s l x",
    "votes {spread} : égalité ; à trancher avec v s l x",
);
pub const DOTS_LEFT: Text = Text::new("● {left}/{budget} left", "● {left}/{budget} restants");
pub const DOTS_PLACED: Text = Text::new("● {n} placed", "● {n} placés");
pub const RATIONALE_AFTER: Text = Text::new(
    "rationales come after the reveal",
    "les justifications viennent après la révélation",
);
pub const YOU: Text = Text::new("you", "vous");
