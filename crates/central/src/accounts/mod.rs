//! Clerk accounts of the back office: roles, names, password rules and hashing
//! ([`password`]), the second factor ([`totp`]) and the delay after wrong passwords
//! ([`lockout`]).

pub mod lockout;
pub mod password;
pub mod totp;

use serde::Serialize;

/// What a clerk may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Works on requests: list, open, note, print, mark done.
    Clerk,
    /// Also manages stations, configuration and reads the audit log; needs TOTP.
    Admin,
}

impl Role {
    /// The role's name as stored and typed (`clerk`, `admin`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Clerk => "clerk",
            Role::Admin => "admin",
        }
    }

    /// Parses a stored or typed role name.
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "clerk" => Some(Role::Clerk),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// The role as the back office shows it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Clerk => "Sachbearbeitung",
            Role::Admin => "Administration",
        }
    }
}

/// Longest account name.
pub const MAX_NAME_CHARS: usize = 64;

/// An account name is 1–64 characters of letters, digits, `.`, `-` and `_`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_short_and_plain() {
        assert!(valid_name("m.mueller"));
        assert!(valid_name("jörg_2"));
        assert!(!valid_name(""));
        assert!(!valid_name("a b"));
        assert!(!valid_name("<script>"));
        assert!(!valid_name(&"a".repeat(65)));
    }

    #[test]
    fn roles_round_trip() {
        for role in [Role::Clerk, Role::Admin] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
