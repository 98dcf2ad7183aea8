//! Texts of the method: step names.

use super::Text;

/// In the order of `method::Step::ALL`.
pub const STEP_TITLES: [Text; 9] = [
    Text::new("Framing", "Cadrage"),
    Text::new("Listen", "Écoute"),
    Text::new("Personas", "Personas"),
    Text::new("Journeys", "Parcours"),
    Text::new("Key moments", "Moments clés"),
    Text::new("Criticity", "Criticité"),
    Text::new("Interactions", "Interactions"),
    Text::new("Target", "Cible"),
    Text::new("Summary", "Synthèse"),
];

/// What to do, why, and the method's warning, per step, in the order of `Step::ALL`.
pub const GUIDANCE: [[Text; 3]; 9] = [
    [
        Text::new(
            "Agree on what the workshop is for: a measurable objective, the scope, the customer segment, the horizon, who sponsors it and who takes part.",
            "Mettez-vous d'accord sur le but de l'atelier : un objectif mesurable, le périmètre, le segment de clients, l'horizon, les commanditaires et les participants.",
        ),
        Text::new(
            "A clear frame keeps the team on the customer's side and tells, at the end, whether the work paid off.",
            "Un cadre clair garde l'équipe du côté du client et permet de dire, à la fin, si le travail a porté ses fruits.",
        ),
        Text::new(
            "An objective without a figure cannot be checked: write the number you want to move.",
            "Un objectif sans chiffre ne se vérifie pas : écrivez le nombre que vous voulez faire bouger.",
        ),
    ],
    [
        Text::new(
            "Gather what customers say: diagnostics, surveys (NPS, CSAT, CES), field feedback and uncontrolled channels such as social networks, forums and review sites. Keep their own words.",
            "Rassemblez ce que disent les clients : diagnostics, enquêtes (NPS, CSAT, CES), remontées du terrain et canaux non maîtrisés comme les réseaux sociaux, forums et sites d'avis. Gardez leurs propres mots.",
        ),
        Text::new(
            "Everything that follows must stand on real customers, not on what the company believes about them.",
            "Tout ce qui suit doit reposer sur de vrais clients, pas sur ce que l'entreprise croit savoir d'eux.",
        ),
        Text::new(
            "One family of sources gives a partial picture: cross surveys with what customers say where you do not ask them.",
            "Une seule famille de sources donne une image partielle : croisez les enquêtes avec ce que les clients disent là où on ne les interroge pas.",
        ),
    ],
    [
        Text::new(
            "Draw a few personas from what you heard: an imaginary but realistic customer with a name, a quote, a context, needs, habits, goals and frustrations, and the channels they prefer.",
            "Dessinez quelques personas à partir de ce que vous avez entendu : un client imaginaire mais réaliste, avec un prénom, une citation, un contexte, des besoins, des habitudes, des objectifs et des frustrations, et ses canaux préférés.",
        ),
        Text::new(
            "A persona makes the team reason as one customer lives things, not as an average.",
            "Un persona fait raisonner l'équipe comme un client vit les choses, pas comme une moyenne.",
        ),
        Text::new(
            "A persona is a person, not a job title or a customer segment: \"Purchasing manager\" or \"SMEs\" are not personas.",
            "Un persona est une personne, pas un intitulé de poste ni un segment de clientèle : « Responsable achats » ou « PME » ne sont pas des personas.",
        ),
    ],
    [
        Text::new(
            "For each persona, lay out the journey stage by stage: what they do, the touchpoints, how they feel (-2 to +2) and what hurts.",
            "Pour chaque persona, déroulez le parcours étape par étape : ce qu'il fait, les points de contact, ce qu'il ressent (de -2 à +2) et ce qui le gêne.",
        ),
        Text::new(
            "The emotion curve shows where the experience breaks and where it shines.",
            "La courbe d'émotion montre où l'expérience casse et où elle brille.",
        ),
        Text::new(
            "A journey starts before the need appears and ends after use: do not start at the purchase.",
            "Un parcours commence avant que le besoin n'apparaisse et se termine après l'usage : ne commencez pas à l'achat.",
        ),
    ],
    [
        Text::new(
            "Mark the moments of truth at their stage: essential (must simply work), critical (where customers are lost) and wow (where they are won).",
            "Repérez les moments de vérité à leur étape : essentiels (doivent simplement fonctionner), critiques (où l'on perd des clients) et waouh (où on les gagne).",
        ),
        Text::new(
            "A few moments weigh more than all the rest: that is where effort pays.",
            "Quelques moments pèsent plus que tout le reste : c'est là que l'effort paie.",
        ),
        Text::new(
            "Not every stage is a key moment: keep the ones customers would remember.",
            "Toutes les étapes ne sont pas des moments clés : gardez ceux dont les clients se souviendraient.",
        ),
    ],
    [
        Text::new(
            "For each moment and each persona, say how sensitive it is: very sensitive, sensitive, low, or not lived by that persona.",
            "Pour chaque moment et chaque persona, dites à quel point il est sensible : très sensible, sensible, bas, ou non vécu par ce persona.",
        ),
        Text::new(
            "The same moment can be trivial for one persona and decisive for another; criticity sets the priorities.",
            "Un même moment peut être anodin pour un persona et décisif pour un autre ; la criticité fixe les priorités.",
        ),
        Text::new(
            "Rate from what customers said, not from what is easy to fix.",
            "Notez d'après ce qu'ont dit les clients, pas d'après ce qui est facile à corriger.",
        ),
    ],
    [
        Text::new(
            "At each stage, note the channels used today, the channels customers would like, and who they want to deal with.",
            "À chaque étape, notez les canaux utilisés aujourd'hui, ceux que les clients souhaiteraient, et les interlocuteurs qu'ils attendent.",
        ),
        Text::new(
            "Customers move between channels; the experience must follow them.",
            "Les clients passent d'un canal à l'autre ; l'expérience doit les suivre.",
        ),
        Text::new(
            "The ideal journey is omnichannel: no stage without a channel, and no switch that makes the customer start over.",
            "Le parcours idéal est omnicanal : aucune étape sans canal, et aucun changement de canal qui oblige le client à tout recommencer.",
        ),
    ],
    [
        Text::new(
            "Design the target experience per persona: remove the irritants of critical moments, secure the essentials, multiply the wow effects, and set the right channels at each stage. Give each action an impact, an effort, an owner, a KPI and a date.",
            "Concevez l'expérience cible par persona : supprimez les irritants des moments critiques, sécurisez les essentiels, multipliez les effets waouh et placez les bons canaux à chaque étape. Donnez à chaque action un impact, un effort, un responsable, un indicateur et une date.",
        ),
        Text::new(
            "Actions tied to moments and personas are the ones that change what customers live.",
            "Les actions liées à des moments et à des personas sont celles qui changent ce que vivent les clients.",
        ),
        Text::new(
            "Start with the quick wins (high impact, low effort) and plan the strategic projects.",
            "Commencez par les gains rapides (fort impact, faible effort) et planifiez les projets stratégiques.",
        ),
    ],
    [
        Text::new(
            "Review the target experience with the room: per persona, the journey, its moments and channels, then the prioritised actions.",
            "Passez en revue l'expérience cible avec la salle : par persona, le parcours, ses moments et ses canaux, puis les actions priorisées.",
        ),
        Text::new(
            "The summary is what the team commits to and what the sponsors will see.",
            "La synthèse est ce sur quoi l'équipe s'engage et ce que verront les commanditaires.",
        ),
        Text::new(
            "Open checks are gaps in the method: close them or say why they stay open.",
            "Les points de contrôle ouverts sont des manques dans la méthode : comblez-les ou dites pourquoi ils restent ouverts.",
        ),
    ],
];

/// In the order of `method::Warning`.
pub const WARNINGS: [Text; 29] = [
    Text::new(
        "This reads like a job title: give the persona a first name and a story.",
        "Cela ressemble à un intitulé de poste : donnez au persona un prénom et une histoire.",
    ),
    Text::new(
        "This reads like a customer segment: a persona is one person, not a group.",
        "Cela ressemble à un segment de clientèle : un persona est une personne, pas un groupe.",
    ),
    Text::new(
        "No goals yet: what is this persona trying to achieve?",
        "Pas encore d'objectifs : que cherche à accomplir ce persona ?",
    ),
    Text::new(
        "No frustrations yet: what annoys this persona today?",
        "Pas encore de frustrations : qu'est-ce qui agace ce persona aujourd'hui ?",
    ),
    Text::new(
        "No verbatim backs this persona: link what customers said.",
        "Aucun verbatim n'appuie ce persona : reliez ce que les clients ont dit.",
    ),
    Text::new(
        "This journey has no persona: a journey is lived by someone.",
        "Ce parcours n'a pas de persona : un parcours est vécu par quelqu'un.",
    ),
    Text::new(
        "Fewer than three stages: detail the journey.",
        "Moins de trois étapes : détaillez le parcours.",
    ),
    Text::new(
        "The journey does not start before the need: begin earlier than the first contact.",
        "Le parcours ne commence pas avant le besoin : commencez plus tôt que le premier contact.",
    ),
    Text::new(
        "The journey does not end after use: follow the customer beyond the service (loyalty, recommendation, after use).",
        "Le parcours ne se termine pas après l'usage : suivez le client au-delà du service (fidélité, recommandation, après l'usage).",
    ),
    Text::new(
        "Stages are not in the order of their phases.",
        "Les étapes ne suivent pas l'ordre de leurs phases.",
    ),
    Text::new(
        "Some stages have no emotion yet: how does the customer feel there?",
        "Certaines étapes n'ont pas encore d'émotion : que ressent le client à cet endroit ?",
    ),
    Text::new(
        "The objective has no figure: say which number should move, and to what.",
        "L'objectif n'a pas de chiffre : dites quel nombre doit bouger, et jusqu'où.",
    ),
    Text::new(
        "No verbatim yet: keep customers' own words.",
        "Aucun verbatim pour l'instant : gardez les mots mêmes des clients.",
    ),
    Text::new(
        "All sources come from one family: cross diagnostics, surveys and field feedback.",
        "Toutes les sources viennent d'une seule famille : croisez diagnostics, enquêtes et remontées terrain.",
    ),
    Text::new(
        "No uncontrolled source: customers also talk on social networks, forums and review sites.",
        "Aucune source non maîtrisée : les clients parlent aussi sur les réseaux sociaux, les forums et les sites d'avis.",
    ),
    Text::new(
        "No persona yet: start with two or three.",
        "Aucun persona pour l'instant : commencez par deux ou trois.",
    ),
    Text::new(
        "This persona has no journey yet.",
        "Ce persona n'a pas encore de parcours.",
    ),
    Text::new(
        "No key moment on this journey yet.",
        "Aucun moment clé sur ce parcours pour l'instant.",
    ),
    Text::new(
        "Not rated for every persona yet.",
        "Pas encore noté pour chaque persona.",
    ),
    Text::new(
        "No channel at this stage: how does the customer reach the company here?",
        "Aucun canal à cette étape : comment le client joint-il l'entreprise ici ?",
    ),
    Text::new(
        "The journey runs on one channel only today.",
        "Le parcours ne passe aujourd'hui que par un seul canal.",
    ),
    Text::new(
        "The designed journey uses one channel only: the ideal journey is omnichannel.",
        "Le parcours imaginé n'utilise qu'un seul canal : le parcours idéal est omnicanal.",
    ),
    Text::new(
        "Customers want this channel, which the company does not offer yet.",
        "Les clients souhaitent ce canal, que l'entreprise ne propose pas encore.",
    ),
    Text::new(
        "Channel break: the customer must switch channel and start over; no channel action answers it yet.",
        "Rupture de canal : le client doit changer de canal et tout recommencer ; aucune action canal n'y répond encore.",
    ),
    Text::new(
        "Critical moment without an action: this irritant is still to remove.",
        "Moment critique sans action : cet irritant reste à supprimer.",
    ),
    Text::new(
        "No action for this persona in the target experience.",
        "Aucune action pour ce persona dans l'expérience cible.",
    ),
    Text::new("Action without {what}.", "Action sans {what}."),
    Text::new(
        "One channel only at this stage: can customers reach the company another way here?",
        "Un seul canal à cette étape : les clients peuvent-ils joindre l'entreprise autrement ici ?",
    ),
    Text::new(
        "A wow effect is planned while a very sensitive critical moment of this persona has no action: remove the irritants before adding wow effects, or the wow falls flat.",
        "Un effet waouh est prévu alors qu'un moment critique très sensible de ce persona n'a pas d'action : supprimez les irritants avant d'ajouter des effets waouh, sinon c'est l'effet flop.",
    ),
];

/// What an action lacks, in the order of its form.
pub const ACTION_LACKS: [Text; 3] = [
    Text::new("an owner", "responsable"),
    Text::new("a KPI", "indicateur"),
    Text::new("a due date", "échéance"),
];
/// The last link of a list of what is missing: "a KPI or a due date", « indicateur ni échéance ».
pub const LACKS_LAST: Text = Text::new(" or ", " ni ");

pub const SOURCE_FAMILIES: [Text; 4] = [
    Text::new("diagnostics", "diagnostics"),
    Text::new("surveys", "enquêtes"),
    Text::new("field feedback", "remontées terrain"),
    Text::new("uncontrolled channels", "canaux non maîtrisés"),
];
pub const SENTIMENTS: [Text; 3] = [
    Text::new("negative", "négatif"),
    Text::new("neutral", "neutre"),
    Text::new("positive", "positif"),
];
pub const METRIC_KINDS: [Text; 3] = [
    Text::new("NPS (0-10)", "NPS (0-10)"),
    Text::new("CSAT (1-5)", "CSAT (1-5)"),
    Text::new("CES (1-7)", "CES (1-7)"),
];
pub const PHASES: [Text; 8] = [
    Text::new("Before the need", "Avant le besoin"),
    Text::new("Awareness", "Découverte"),
    Text::new("Evaluation", "Évaluation"),
    Text::new("Purchase", "Achat"),
    Text::new("Usage", "Usage"),
    Text::new("Loyalty", "Fidélité"),
    Text::new("Recommendation", "Recommandation"),
    Text::new("After use", "Après l'usage"),
];
pub const MOMENT_KINDS: [Text; 3] = [
    Text::new("essential", "essentiel"),
    Text::new("critical", "critique"),
    Text::new("wow", "waouh"),
];
pub const LEVELS: [Text; 4] = [
    Text::new("very sensitive", "très sensible"),
    Text::new("sensitive", "sensible"),
    Text::new("low", "bas"),
    Text::new("not applicable", "non concerné"),
];
pub const ACTION_KINDS: [Text; 4] = [
    Text::new("remove the irritant", "supprimer l'irritant"),
    Text::new("secure the essential", "sécuriser l'essentiel"),
    Text::new("multiply the wow", "multiplier le waouh"),
    Text::new("channel", "canal"),
];
pub const IMPACTS: [Text; 2] = [
    Text::new("low impact", "impact faible"),
    Text::new("high impact", "impact fort"),
];
pub const EFFORTS: [Text; 2] = [
    Text::new("low effort", "effort faible"),
    Text::new("high effort", "effort élevé"),
];

/// The opening words of an action draft, in the order of `model::ActionKind`.
pub const DRAFTS: [Text; 4] = [
    Text::new(
        "Remove the irritant: {what}",
        "Supprimer l'irritant : {what}",
    ),
    Text::new(
        "Secure the essential: {what}",
        "Sécuriser l'essentiel : {what}",
    ),
    Text::new(
        "Multiply the wow effect: {what}",
        "Multiplier l'effet waouh : {what}",
    ),
    Text::new(
        "Keep the customer's history from one channel to the next at: {what}",
        "Garder l'historique du client d'un canal à l'autre à l'étape : {what}",
    ),
];

/// The boxes of the impact / effort matrix, in the order of `summary::Quadrant`.
pub const QUADRANTS: [Text; 4] = [
    Text::new(
        "Quick wins: launch now",
        "Gains rapides : à lancer tout de suite",
    ),
    Text::new(
        "Strategic projects: plan them",
        "Projets stratégiques : à planifier",
    ),
    Text::new("If time allows", "Si le temps le permet"),
    Text::new("To avoid", "À éviter"),
];

/// Session names of the plans: the three sessions of a full workshop, then the quick audit.
pub const SESSIONS: [Text; 4] = [
    Text::new("Framing and personas", "Cadrage et personas"),
    Text::new(
        "Stages, touchpoints and emotions",
        "Étapes, points de contact et émotions",
    ),
    Text::new(
        "Moments, criticity, channels and priorities",
        "Moments, criticité, canaux et priorités",
    ),
    Text::new("Quick audit", "Audit express"),
];

/// In the order of `model::Plan`.
pub const PLANS: [Text; 3] = [
    Text::new("no plan", "sans plan"),
    Text::new(
        "full workshop in three sessions",
        "atelier complet en trois séances",
    ),
    Text::new(
        "quick audit, about an hour",
        "audit express, environ une heure",
    ),
];

/// In the order of `method::Gap`: what a step still asks for.
pub const GAPS: [Text; 33] = [
    Text::new("an objective", "un objectif"),
    Text::new("the scope", "le périmètre"),
    Text::new("the customer segment", "le segment de clients"),
    Text::new("the horizon", "l'horizon"),
    Text::new("the stakeholders", "les parties prenantes"),
    Text::new("the participants", "les participants"),
    Text::new("the facilitator", "l'animateur"),
    Text::new("3 verbatims or more", "3 verbatims ou plus"),
    Text::new(
        "a verbatim linked to a persona",
        "un verbatim relié à un persona",
    ),
    Text::new("a source", "une source"),
    Text::new(
        "a metric (NPS, CSAT or CES)",
        "un indicateur (NPS, CSAT ou CES)",
    ),
    Text::new("an insight", "un enseignement"),
    Text::new("a persona", "un persona"),
    Text::new("a quote", "une citation"),
    Text::new("goals", "des objectifs"),
    Text::new("frustrations", "des frustrations"),
    Text::new("a context", "un contexte"),
    Text::new("needs", "des besoins"),
    Text::new("verbatims as evidence", "des verbatims en appui"),
    Text::new("a journey", "un parcours"),
    Text::new("a journey for a persona", "un parcours pour un persona"),
    Text::new(
        "a first stage before the need",
        "une première étape avant le besoin",
    ),
    Text::new("a last stage after use", "une dernière étape après l'usage"),
    Text::new("a stage's emotion", "l'émotion d'une étape"),
    Text::new(
        "a stage's customer actions",
        "les actions du client à une étape",
    ),
    Text::new("a key moment on a journey", "un moment clé sur un parcours"),
    Text::new("a rating", "une note"),
    Text::new("a stage's channels today", "les canaux actuels d'une étape"),
    Text::new(
        "a stage's desired channels",
        "les canaux souhaités d'une étape",
    ),
    Text::new("an action for a persona", "une action pour un persona"),
    Text::new("an owner", "un responsable"),
    Text::new("a KPI", "un indicateur"),
    Text::new("a due date", "une échéance"),
];
/// A finding about one record: its name, then the rule's message.
pub const FINDING: Text = Text::new("{subject}: {message}", "{subject} : {message}");
