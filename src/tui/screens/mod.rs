//! One screen per step, each in its own file behind the [`Screen`] trait. A new step screen is
//! a new file and one line in the list below.

pub mod choices;
pub mod present;

use super::screen::Screen;
use crate::method::Step;

/// Declares the step screens: a module each, and a seat's [`Screens`] holding one of each.
macro_rules! screens {
    ($($module:ident :: $screen:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// A seat's screens, each with its own state.
        #[derive(Default)]
        pub struct Screens {
            $(pub $module: $module::$screen,)*
        }

        impl Screens {
            /// The screen of `step`.
            pub fn get(&self, step: Step) -> &dyn Screen {
                let all = [$(&self.$module as &dyn Screen),*];
                all.into_iter()
                    .find(|s| s.step() == step)
                    .expect("every step has a screen")
            }

            pub fn get_mut(&mut self, step: Step) -> &mut dyn Screen {
                let all = [$(&mut self.$module as &mut dyn Screen),*];
                all.into_iter()
                    .find(|s| s.step() == step)
                    .expect("every step has a screen")
            }
        }
    };
}

screens! {
    framing::Framing,
    listen::Listen,
    personas::Personas,
    journeys::Journeys,
    moments::Moments,
    criticity::Criticity,
    interactions::Interactions,
    target::Target,
    summary::Summary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_one_screen() {
        let screens = Screens::default();
        for step in Step::ALL {
            assert_eq!(screens.get(step).step(), step);
        }
    }
}
