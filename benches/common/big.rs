//! The big generated workshop the benchmarks work on: 50 personas, 50 journeys of 20 stages,
//! 250 moments each rated for the 50 personas, 250 actions, 10,000 verbatims (4.8 MB).

use parcours::model::*;

pub fn big() -> Workshop {
    let mut w = Workshop::new("Benchmark", "en");
    for p in 0..50 {
        w.personas.push(Persona {
            id: format!("per-{p}"),
            name: format!("Persona {p} Éloïse 日本"),
            goals: "g".into(),
            ..Default::default()
        });
        let stages = (0..20)
            .map(|s| Stage {
                id: format!("stg-{p}-{s}"),
                name: format!("Stage {s} of journey {p}"),
                phase: Phase::ALL[s * 8 / 20],
                emotion: Some((s % 5) as i8 - 2),
                actions: "Does things".into(),
                ..Default::default()
            })
            .collect();
        w.journeys.push(Journey {
            id: format!("jny-{p}"),
            name: format!("Journey {p}"),
            persona: Some(format!("per-{p}")),
            stages,
        });
    }
    // Five moments per journey, each rated for every persona, and an action for each.
    for p in 0..50 {
        for m in 0..5 {
            let id = format!("mom-{p}-{m}");
            w.moments.push(Moment {
                id: id.clone(),
                stage: format!("stg-{p}-{}", m * 4),
                kind: MomentKind::ALL[m % 3],
                title: format!("Moment {m} of journey {p}"),
                criticity: (0..50)
                    .map(|q| {
                        let level = Level::ALL[(p + q + m) % 4];
                        let rating = Rating::new(level, "because".into());
                        (format!("per-{q}"), rating)
                    })
                    .collect(),
                ..Default::default()
            });
            w.target.actions.push(Action {
                id: format!("act-{p}-{m}"),
                persona: Some(format!("per-{p}")),
                text: format!("Action for moment {m} of journey {p}"),
                stage: Some(format!("stg-{p}-{}", m * 4)),
                moment: Some(id),
                impact: Impact::ALL[m % 2],
                effort: Effort::ALL[(m / 2) % 2],
                ..Default::default()
            });
        }
    }
    for v in 0..10_000 {
        w.listen.verbatims.push_back(Verbatim {
            id: format!("vrb-{v}"),
            text: format!("Verbatim number {v}, with « accents » and 絵文字 🎉"),
            persona: Some(format!("per-{}", v % 50)),
            stage: Some(format!("stg-{}-{}", v % 50, v % 20)),
            ..Default::default()
        });
        w.personas[v % 50].evidence.push_back(format!("vrb-{v}"));
    }
    w
}
