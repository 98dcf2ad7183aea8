//! Texts of rounds: private cards, criticity votes, dot votes.

use super::Text;

pub const ROUND_OPEN: Text = Text::new(
    "a round is already open: reveal it or cancel it first",
    "une ronde est déjà ouverte : révélez-la ou annulez-la d'abord",
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
    "tous vos points sont placés : reprenez-en un d'abord",
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
    "la ronde n'a pas pu être écrite à côté de l'atelier ({error}) : rien n'a changé",
);
