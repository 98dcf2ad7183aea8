//! The catalogue of common channels. Documents store a channel as its key; anything not in
//! the catalogue is a custom channel and is shown as typed.

use crate::i18n::{Lang, Text};

pub struct Channel {
    pub key: &'static str,
    pub label: Text,
}

const fn c(key: &'static str, en: &'static str, fr: &'static str) -> Channel {
    Channel {
        key,
        label: Text::new(en, fr),
    }
}

pub const CHANNELS: &[Channel] = &[
    c("shop", "shop", "magasin"),
    c("catalogue", "catalogue", "catalogue"),
    c("advisor", "sales advisor", "conseiller"),
    c("phone", "phone", "téléphone"),
    c("sms", "SMS", "SMS"),
    c("website", "website", "site web"),
    c("app", "mobile app", "application mobile"),
    c("email", "email", "e-mail"),
    c("chat", "live chat", "chat en ligne"),
    c("social", "social networks", "réseaux sociaux"),
    c("click-collect", "click & collect", "click & collect"),
    c("web-to-store", "web-to-store", "web-to-store"),
    c("marketplace", "marketplace", "place de marché"),
    c("messaging", "messaging apps", "messageries instantanées"),
    c("video", "video call", "visioconférence"),
    c("review-site", "review sites", "sites d'avis"),
    c("event", "events and fairs", "événements et salons"),
];

/// The catalogue's word for `key`, or the key itself for a custom channel.
pub fn channel_label(key: &str, lang: Lang) -> String {
    CHANNELS
        .iter()
        .find(|c| c.key == key)
        .map_or_else(|| key.to_owned(), |c| c.label.get(lang).to_owned())
}

/// Channel keys as a readable list, e.g. "phone, website, Kiosk".
pub fn channel_list(keys: &[String], lang: Lang) -> String {
    let names: Vec<String> = keys.iter().map(|k| channel_label(k, lang)).collect();
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_custom_channels_show_as_typed() {
        let mut keys: Vec<_> = CHANNELS.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), CHANNELS.len());
        assert_eq!(channel_label("phone", Lang::Fr), "téléphone");
        assert_eq!(
            channel_label("Borne en magasin", Lang::En),
            "Borne en magasin"
        );
    }

    #[test]
    fn the_demo_uses_catalogue_channels() {
        let doc = crate::demo::demo(Lang::En);
        let used = doc
            .journeys
            .iter()
            .flat_map(|j| &j.stages)
            .flat_map(|s| s.current_channels.iter().chain(&s.desired_channels));
        for key in used {
            assert!(CHANNELS.iter().any(|c| c.key == key), "{key}");
        }
    }
}
