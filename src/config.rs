//! The user's config folder: themes (`themes/*.toml`), the key map (`keys.toml`) and the
//! settings the interface remembers (`settings.toml`: the chosen theme).
//! `PARCOURS_CONFIG` replaces the folder, for tests and for portable setups.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("PARCOURS_CONFIG").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "parcours").map(|p| p.config_dir().to_owned())
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The theme chosen in the interface; `--theme` wins over it.
    pub theme: Option<String>,
}

impl Settings {
    fn path() -> Option<PathBuf> {
        dir().map(|d| d.join("settings.toml"))
    }

    /// The saved settings; missing or unreadable settings are the defaults.
    pub fn load() -> Settings {
        Settings::path()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self) -> Result<(), String> {
        let path = Settings::path().ok_or("no config folder")?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let text = toml::to_string(self).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    }
}
