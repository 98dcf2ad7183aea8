//! Words and symbols for the document's enums, so nothing is told by colour alone.

use crate::i18n::{Lang, Text, method as t};
use crate::model::{
    ActionKind, Effort, Impact, Level, MetricKind, MomentKind, Phase, Sentiment, SourceFamily,
};

pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
    /// One to three plain columns that render in any terminal.
    fn symbol(self) -> &'static str;
    /// The symbol in `lang`: a letter stands for a word of that language.
    fn symbol_in(self, _lang: Lang) -> &'static str {
        self.symbol()
    }
}

macro_rules! labels {
    ($($ty:ty => $texts:expr, $symbols:expr $(, fr $fr:expr)?;)*) => {$(
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                let texts: &[Text] = &$texts;
                texts[self as usize].get(lang)
            }
            fn symbol(self) -> &'static str {
                let symbols: &[&str] = &$symbols;
                symbols[self as usize]
            }
            $(fn symbol_in(self, lang: Lang) -> &'static str {
                let fr: &[&str] = &$fr;
                match lang {
                    Lang::En => self.symbol(),
                    Lang::Fr => fr[self as usize],
                }
            })?
        }
    )*};
}

labels! {
    // Diagnostics, Enquêtes, remontées Terrain, canaux Non maîtrisés.
    SourceFamily => t::SOURCE_FAMILIES, ["D", "S", "F", "U"], fr ["D", "E", "T", "N"];
    Sentiment => t::SENTIMENTS, ["-", "=", "+"];
    MetricKind => t::METRIC_KINDS, ["NPS", "SAT", "CES"];
    Phase => t::PHASES, ["0", "1", "2", "3", "4", "5", "6", "7"];
    MomentKind => t::MOMENT_KINDS, ["◆", "▲", "★"];
    Level => t::LEVELS, ["!!!", "!!", "!", "–"];
    ActionKind => t::ACTION_KINDS, ["✗", "✓", "★", "⇄"];
    Impact => t::IMPACTS, ["i", "I"];
    Effort => t::EFFORTS, ["e", "E"];
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn check<T: Label>(all: &[T]) {
        for lang in [Lang::En, Lang::Fr] {
            let symbols: HashSet<_> = all.iter().map(|x| x.symbol_in(lang)).collect();
            assert_eq!(symbols.len(), all.len(), "symbols must differ");
        }
        for x in all {
            assert!(!x.label(Lang::En).is_empty() && !x.label(Lang::Fr).is_empty());
            let w = unicode_width::UnicodeWidthStr::width(x.symbol());
            assert!((1..=3).contains(&w));
        }
    }

    #[test]
    fn every_value_has_a_word_and_a_distinct_symbol() {
        check(&SourceFamily::ALL);
        check(&Sentiment::ALL);
        check(&MetricKind::ALL);
        check(&Phase::ALL);
        check(&MomentKind::ALL);
        check(&Level::ALL);
        check(&ActionKind::ALL);
        check(&Impact::ALL);
        check(&Effort::ALL);
        assert_eq!(Phase::BeforeNeed.label(Lang::Fr), "Avant le besoin");
        assert_eq!(MomentKind::Critical.label(Lang::En), "critical");
        // A letter stands for a word of the language it is read in.
        for f in SourceFamily::ALL {
            for lang in [Lang::En, Lang::Fr] {
                let initial = f.symbol_in(lang).to_lowercase();
                let words = f.label(lang).to_lowercase();
                assert!(words.split(' ').any(|w| w.starts_with(&initial)), "{words}");
            }
        }
    }
}
