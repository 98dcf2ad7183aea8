//! Dates as people type and read them. The document keeps ISO dates (YYYY-MM-DD) and RFC 3339
//! times; people type and read the form usual in their language:
//! - French: 31/03/2027 (also 31/3/2027, 31.03.2027, 31-03-2027, 31 mars 2027), shown 31/03/2027;
//! - English: 31 Mar 2027 or Mar 31, 2027 (any month name or its start), shown 31 Mar 2027.
//!   Numbers with slashes are refused in English: 03/04/2027 is March in America and April in
//!   Britain.
//!
//! ISO is accepted in both.

use crate::i18n::{Lang, Text};
use std::sync::OnceLock;
use time::macros::format_description;
use time::{Date, Month, OffsetDateTime, UtcOffset};

/// Short enough for the form's side at 80 columns; the field's hint gives ISO too.
pub const ACCEPTED: Text = Text::new(
    "date expected: 31 Mar 2027 or Mar 31, 2027",
    "date attendue : 31/03/2027 ou 31 mars 2027",
);

const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Without accents: they are folded away before a name is looked up.
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];
/// The document's form of a date.
const ISO: &[time::format_description::BorrowedFormatItem] =
    format_description!("[year]-[month]-[day]");

const SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The date written in `text`, in ISO or in `lang`'s usual forms.
pub fn parse(text: &str, lang: Lang) -> Option<Date> {
    let text = text.trim();
    if let Ok(d) = Date::parse(text, ISO) {
        return Some(d);
    }
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let (day, month, year) = match (lang, words.as_slice()) {
        // 2027-3-1: ISO without its zeros.
        (_, [one])
            if one
                .get(..5)
                .is_some_and(|y| y.ends_with('-') && y[..4].parse::<u16>().is_ok()) =>
        {
            let mut p = one.split('-');
            let (y, m, d) = (p.next()?, p.next()?, p.next()?);
            (d, month_number(m)?, y)
        }
        (Lang::Fr, [one]) => {
            let sep = ['/', '.', '-'].into_iter().find(|s| one.contains(*s))?;
            let p: Vec<&str> = one.split(sep).collect();
            let [d, m, y] = p.as_slice() else {
                return None;
            };
            (*d, month_number(m)?, *y)
        }
        (Lang::Fr, [d, m, y]) => (d.trim_end_matches("er"), month_name(m, &MONTHS_FR)?, *y),
        (Lang::En, [d, m, y]) if d.starts_with(|c: char| c.is_ascii_digit()) => {
            (*d, month_name(m, &MONTHS_EN)?, *y)
        }
        (Lang::En, [m, d, y]) => (*d, month_name(m, &MONTHS_EN)?, *y),
        _ => return None,
    };
    let day = day.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    if year.len() != 4 {
        return None;
    }
    let month = Month::try_from(month).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// Lower case without French accents, so "Février" and "fevrier" are the same word.
fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'û' | 'ù' => 'u',
            'ô' => 'o',
            c => c,
        })
        .collect()
}

fn month_number(m: &str) -> Option<u8> {
    m.parse().ok().filter(|m| (1..=12).contains(m))
}

/// A month by its name or a start of it (at least three letters, a trailing dot allowed) that
/// names no other month.
fn month_name(word: &str, names: &[&str; 12]) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if word.chars().count() < 3 {
        return None;
    }
    let mut found = names
        .iter()
        .enumerate()
        .filter(|(_, n)| n.starts_with(word));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i as u8 + 1),
        _ => None,
    }
}

/// What a date field holds once typed: empty, or the ISO date; else the forms accepted.
pub fn to_iso(text: &str, lang: Lang) -> Result<String, Text> {
    if text.trim().is_empty() {
        return Ok(String::new());
    }
    parse(text, lang).map(iso).ok_or(ACCEPTED)
}

pub fn iso(d: Date) -> String {
    d.format(ISO).expect("a calendar date always formats")
}

/// An ISO date in `lang`'s usual form; anything else as it is.
pub fn show(text: &str, lang: Lang) -> String {
    match Date::parse(text.trim(), ISO) {
        Ok(d) => show_date(d, lang),
        Err(_) => text.to_owned(),
    }
}

fn show_date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{:02}/{:02}/{}", d.day(), d.month() as u8, d.year()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            SHORT_EN[d.month() as usize - 1],
            d.year()
        ),
    }
}

static LOCAL: OnceLock<UtcOffset> = OnceLock::new();

/// Reads the local time zone. The system only tells it while the process has one thread, so
/// this is called first thing; until then, and where it cannot be known, times are in UTC.
pub fn learn_local_offset() {
    if let Ok(offset) = UtcOffset::current_local_offset() {
        let _ = LOCAL.set(offset);
    }
}

/// The local time zone as learnt at start, else UTC.
pub fn local_offset() -> UtcOffset {
    LOCAL.get().copied().unwrap_or(UtcOffset::UTC)
}

/// An RFC 3339 time as local date and minute in `lang`'s form (31/03/2027 14:05,
/// 31 Mar 2027 14:05); anything else as it is.
pub fn show_time(text: &str, lang: Lang) -> String {
    let rfc = time::format_description::well_known::Rfc3339;
    let Ok(at) = OffsetDateTime::parse(text, &rfc) else {
        return text.to_owned();
    };
    let at = at.to_offset(local_offset());
    format!(
        "{} {:02}:{:02}",
        show_date(at.date(), lang),
        at.hour(),
        at.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Result<String, Text> {
        to_iso(text, Lang::Fr)
    }

    fn en(text: &str) -> Result<String, Text> {
        to_iso(text, Lang::En)
    }

    #[test]
    fn french_forms_and_iso_are_stored_iso() {
        for typed in [
            "31/03/2027",
            "31/3/2027",
            "31.03.2027",
            "31-03-2027",
            " 31 mars 2027 ",
            "31 Mars 2027",
            "2027-03-31",
            "2027-3-31",
        ] {
            assert_eq!(fr(typed), Ok("2027-03-31".into()), "{typed}");
        }
        assert_eq!(fr("1er février 2027"), Ok("2027-02-01".into()));
        assert_eq!(fr("15 aout 2027"), Ok("2027-08-15".into()));
        assert_eq!(fr("3 déc. 2027"), Ok("2027-12-03".into()));
        assert_eq!(fr(""), Ok(String::new()));
    }

    #[test]
    fn english_forms_and_iso_are_stored_iso() {
        for typed in [
            "31 Mar 2027",
            "31 March 2027",
            "Mar 31, 2027",
            "March 31 2027",
            "march 31st, 2027",
            "2027-03-31",
        ] {
            assert_eq!(en(typed), Ok("2027-03-31".into()), "{typed}");
        }
        assert_eq!(en("Sept 2, 2027"), Ok("2027-09-02".into()));
    }

    #[test]
    fn what_cannot_be_read_is_refused_with_the_forms_accepted() {
        for typed in [
            "31/02/2027",
            "31/03/27",
            "demain",
            "31 ju 2027",
            "32/01/2027",
        ] {
            assert_eq!(fr(typed), Err(ACCEPTED), "{typed}");
        }
        // Ambiguous between America and Britain, and French words, in English.
        for typed in ["03/04/2027", "31/03/2027", "31 mars 2027", "Jun 31, 2027"] {
            assert_eq!(en(typed), Err(ACCEPTED), "{typed}");
        }
        assert!(ACCEPTED.get(Lang::Fr).contains("31/03/2027"));
        assert!(ACCEPTED.get(Lang::En).contains("31 Mar 2027"));
    }

    #[test]
    fn dates_and_times_are_shown_in_the_language() {
        assert_eq!(show("2027-03-05", Lang::Fr), "05/03/2027");
        assert_eq!(show("2027-03-05", Lang::En), "5 Mar 2027");
        assert_eq!(show("soon", Lang::En), "soon");
        assert_eq!(
            show_time("2026-11-24T22:39:30Z", Lang::Fr),
            "24/11/2026 22:39"
        );
        assert_eq!(
            show_time("2026-11-24T22:39:30Z", Lang::En),
            "24 Nov 2026 22:39"
        );
        // What is shown reads back as the same date.
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(
                to_iso(&show("2027-12-01", lang), lang),
                Ok("2027-12-01".into())
            );
        }
    }
}
