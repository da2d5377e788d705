//! Settings the shell reads from its environment at start (see docs/operations.md).

use std::path::PathBuf;

use app::messages::german;

use crate::drawing::Drawing;

/// Seconds without touch before the kiosk returns to the start screen, unless
/// `BK_IDLE_SECONDS` says otherwise.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;

/// What the environment configures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// `BK_DATA_DIR`: where the station database lives; `None` = the app data directory.
    pub data_dir: Option<PathBuf>,
    /// `BK_ASSETS_DIR`: a directory with catalogue and plan that replaces the built-in ones.
    pub assets_dir: Option<PathBuf>,
    /// `BK_IDLE_SECONDS`: idle timeout of the kiosk.
    pub idle_seconds: u32,
    /// `BK_READY_FILE`: where `kiosk_ready` writes the start-up time in milliseconds.
    pub ready_file: Option<PathBuf>,
    /// `BK_SHUFFLE_KEYPAD`: the kiosk shuffles the digits of its PIN keypad.
    pub shuffle_keypad: bool,
    /// `BK_CALL_DISPLAY`: the call display opens at start (a screen that is always
    /// connected); otherwise staff open it from the staff window.
    pub call_display: bool,
    /// `BK_CALL_SOUND_DIR`: calls are written as WAV files into this folder instead of
    /// being played on the loudspeaker.
    pub call_sound_dir: Option<PathBuf>,
    /// `BK_DRAWING`: how WebKit draws the windows (`auto`, `gpu`, `software`).
    pub drawing: Drawing,
}

/// A setting that was present but unusable; the shell reports it and uses the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingRejected {
    pub variable: &'static str,
    pub reason: String,
}

impl std::fmt::Display for SettingRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.variable, self.reason)
    }
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> (Self, Vec<SettingRejected>) {
        Self::from_lookup(|name| std::env::var_os(name))
    }

    /// Reads settings through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> (Self, Vec<SettingRejected>) {
        let path = |name: &str| lookup(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let mut rejected = Vec::new();
        let idle_seconds = match lookup("BK_IDLE_SECONDS") {
            None => DEFAULT_IDLE_SECONDS,
            Some(raw) => match parse_idle_seconds(&raw.to_string_lossy()) {
                Ok(seconds) => seconds,
                Err(reason) => {
                    rejected.push(SettingRejected {
                        variable: "BK_IDLE_SECONDS",
                        reason,
                    });
                    DEFAULT_IDLE_SECONDS
                }
            },
        };
        let mut switch = |variable: &'static str| match lookup(variable) {
            None => false,
            Some(raw) => parse_switch(&raw.to_string_lossy()).unwrap_or_else(|reason| {
                rejected.push(SettingRejected { variable, reason });
                false
            }),
        };
        let shuffle_keypad = switch("BK_SHUFFLE_KEYPAD");
        let call_display = switch("BK_CALL_DISPLAY");
        let drawing = match lookup("BK_DRAWING") {
            None => Drawing::Auto,
            Some(raw) => {
                let raw = raw.to_string_lossy();
                Drawing::parse(&raw).unwrap_or_else(|| {
                    rejected.push(SettingRejected {
                        variable: "BK_DRAWING",
                        reason: german("setting-drawing-invalid", &[("raw", raw.as_ref().into())]),
                    });
                    Drawing::Auto
                })
            }
        };
        let settings = Settings {
            data_dir: path("BK_DATA_DIR"),
            assets_dir: path("BK_ASSETS_DIR"),
            idle_seconds,
            ready_file: path("BK_READY_FILE"),
            shuffle_keypad,
            call_display,
            call_sound_dir: path("BK_CALL_SOUND_DIR"),
            drawing,
        };
        (settings, rejected)
    }
}

/// Idle timeouts below 10 s would interrupt a citizen mid-reading; above a day they are
/// surely a typo.
fn parse_idle_seconds(raw: &str) -> Result<u32, String> {
    let seconds: u32 = raw
        .trim()
        .parse()
        .map_err(|_| german("setting-idle-not-a-number", &[("raw", raw.into())]))?;
    if (10..=86_400).contains(&seconds) {
        Ok(seconds)
    } else {
        Err(german(
            "setting-idle-out-of-range",
            &[
                ("seconds", seconds.into()),
                ("default", DEFAULT_IDLE_SECONDS.into()),
            ],
        ))
    }
}

/// An on/off setting: `1`/`true`/`yes`/`on` or `0`/`false`/`no`/`off` (any case).
fn parse_switch(raw: &str) -> Result<bool, String> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(german("setting-switch-invalid", &[("raw", raw.into())])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings_from(pairs: &[(&str, &str)]) -> (Settings, Vec<SettingRejected>) {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| map.get(name).map(Into::into))
    }

    #[test]
    fn defaults_without_environment() {
        let (settings, rejected) = settings_from(&[]);
        assert_eq!(settings.idle_seconds, DEFAULT_IDLE_SECONDS);
        assert_eq!(settings.data_dir, None);
        assert_eq!(settings.ready_file, None);
        assert!(!settings.shuffle_keypad);
        assert!(!settings.call_display);
        assert_eq!(settings.call_sound_dir, None);
        assert_eq!(settings.drawing, Drawing::Auto);
        assert!(rejected.is_empty());
    }

    #[test]
    fn reads_every_variable() {
        let (settings, rejected) = settings_from(&[
            ("BK_DATA_DIR", "/var/lib/bk"),
            ("BK_ASSETS_DIR", "/opt/bk/assets"),
            ("BK_IDLE_SECONDS", "45"),
            ("BK_READY_FILE", "/tmp/ready"),
            ("BK_SHUFFLE_KEYPAD", "Yes"),
            ("BK_CALL_DISPLAY", "on"),
            ("BK_CALL_SOUND_DIR", "/tmp/calls"),
            ("BK_DRAWING", "software"),
        ]);
        assert!(rejected.is_empty());
        assert_eq!(settings.data_dir, Some(PathBuf::from("/var/lib/bk")));
        assert_eq!(settings.assets_dir, Some(PathBuf::from("/opt/bk/assets")));
        assert_eq!(settings.idle_seconds, 45);
        assert_eq!(settings.ready_file, Some(PathBuf::from("/tmp/ready")));
        assert!(settings.shuffle_keypad);
        assert!(settings.call_display);
        assert_eq!(settings.call_sound_dir, Some(PathBuf::from("/tmp/calls")));
        assert_eq!(settings.drawing, Drawing::Software);
    }

    #[test]
    fn unknown_drawing_falls_back_to_auto_and_is_reported() {
        let (settings, rejected) = settings_from(&[("BK_DRAWING", "opengl")]);
        assert_eq!(settings.drawing, Drawing::Auto);
        assert_eq!(rejected[0].variable, "BK_DRAWING");
        assert!(
            rejected[0].reason.contains("opengl"),
            "{}",
            rejected[0].reason
        );
    }

    #[test]
    fn bad_idle_seconds_fall_back_and_are_reported() {
        for bad in ["soon", "-5", "3", "100000", ""] {
            let (settings, rejected) = settings_from(&[("BK_IDLE_SECONDS", bad)]);
            assert_eq!(settings.idle_seconds, DEFAULT_IDLE_SECONDS, "{bad:?}");
            assert_eq!(rejected.len(), 1, "{bad:?}");
            assert_eq!(rejected[0].variable, "BK_IDLE_SECONDS");
        }
    }

    #[test]
    fn shuffle_keypad_switch() {
        for (raw, on) in [
            ("1", true),
            ("on", true),
            ("TRUE", true),
            ("0", false),
            ("off", false),
        ] {
            let (settings, rejected) = settings_from(&[("BK_SHUFFLE_KEYPAD", raw)]);
            assert_eq!(settings.shuffle_keypad, on, "{raw}");
            assert!(rejected.is_empty(), "{raw}");
        }
        let (settings, rejected) = settings_from(&[("BK_SHUFFLE_KEYPAD", "sometimes")]);
        assert!(!settings.shuffle_keypad);
        assert_eq!(rejected[0].variable, "BK_SHUFFLE_KEYPAD");
    }

    #[test]
    fn empty_paths_count_as_unset() {
        let (settings, _) = settings_from(&[("BK_DATA_DIR", ""), ("BK_READY_FILE", "")]);
        assert_eq!(settings.data_dir, None);
        assert_eq!(settings.ready_file, None);
    }
}
