//! The order of a merged list: the elements both sides kept, in an order that holds what each
//! side did to it (who moved what, where each added its elements).

use std::collections::HashSet;

/// Merges the orders of a list whose elements are unique keys. `kept` says which keys are in
/// the result; every kept key is in `ours` or `theirs`.
///
/// The order comes from the side that moved elements (ours when both or neither did); the
/// other side's kept elements go after the element they follow on their side, behind what
/// the first side added at the same place, so additions at one spot read ours then theirs.
pub fn order(base: &[&str], ours: &[&str], theirs: &[&str], kept: &HashSet<&str>) -> Vec<String> {
    let (lead, other) = if moved(base, theirs) && !moved(base, ours) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let in_base: HashSet<&str> = base.iter().copied().collect();
    let in_other: HashSet<&str> = other.iter().copied().collect();
    let mut out: Vec<&str> = lead.iter().copied().filter(|k| kept.contains(k)).collect();
    let mut placed: HashSet<&str> = out.iter().copied().collect();
    for (i, &x) in other.iter().enumerate() {
        if !kept.contains(x) || placed.contains(x) {
            continue;
        }
        let after = other[..i]
            .iter()
            .rev()
            .find(|p| placed.contains(*p))
            .and_then(|p| out.iter().position(|q| q == p));
        let mut at = after.map_or(0, |p| p + 1);
        // Skip what the leading side alone added right there.
        while at < out.len() && !in_base.contains(out[at]) && !in_other.contains(out[at]) {
            at += 1;
        }
        out.insert(at, x);
        placed.insert(x);
    }
    out.into_iter().map(str::to_owned).collect()
}

/// Whether `side` put elements of `base` in another order.
fn moved(base: &[&str], side: &[&str]) -> bool {
    let on_side: HashSet<&str> = side.iter().copied().collect();
    let in_base: HashSet<&str> = base.iter().copied().collect();
    let was = base.iter().filter(|k| on_side.contains(*k));
    let is = side.iter().filter(|k| in_base.contains(*k));
    !was.eq(is)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(base: &'static str, ours: &'static str, theirs: &'static str) -> String {
        let split = |s: &'static str| s.split(' ').filter(|x| !x.is_empty()).collect::<Vec<_>>();
        let (b, o, t) = (split(base), split(ours), split(theirs));
        let gone = |k: &&str| b.contains(k) && (!o.contains(k) || !t.contains(k));
        let kept: HashSet<&str> = o.iter().chain(&t).copied().filter(|k| !gone(k)).collect();
        order(&b, &o, &t, &kept).join(" ")
    }

    #[test]
    fn additions_on_both_sides_keep_their_places() {
        assert_eq!(run("a b c", "a x b c", "a b c y"), "a x b c y");
        assert_eq!(run("a b", "a x b", "a y b"), "a x y b");
        assert_eq!(run("a b", "x a b", "y a b"), "x y a b");
    }

    #[test]
    fn a_move_on_one_side_survives_additions_on_the_other() {
        assert_eq!(run("a b c", "c a b", "a b x c"), "c a b x");
        assert_eq!(run("a b c", "a b x c", "c a b"), "c a b x");
    }

    #[test]
    fn removals_and_moves_combine() {
        assert_eq!(run("a b c d", "a c d", "d a b c"), "d a c");
    }
}
