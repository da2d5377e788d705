//! Back-office test harness: accounts made with `bk-central clerk add` (password on
//! stdin, TOTP secret read from the output), and a cookie-keeping HTTP session that
//! signs in through the real form and posts forms with their CSRF token.

use std::collections::HashMap;
use std::path::Path;

use central::accounts::totp;
use data_encoding::BASE32_NOPAD;
use reqwest::blocking::{Client, Response};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;

use crate::harness::{cli_with_input, stderr_of, stdout_of, Central};

/// A password every test account uses.
pub const PASSWORD: &str = "Havelufer-Sanssouci-2026";

/// An account of the back office.
pub struct Account {
    pub name: String,
    pub totp_secret: Option<Vec<u8>>,
}

impl Account {
    /// `bk-central clerk add NAME --role ROLE`, password on stdin.
    pub fn add(dir: &Path, name: &str, role: &str) -> Account {
        let output = cli_with_input(
            dir,
            &["clerk", "add", name, "--role", role],
            &format!("{PASSWORD}\n"),
        );
        assert!(output.status.success(), "{}", stderr_of(&output));
        let totp_secret = stdout_of(&output)
            .lines()
            .find_map(|line| line.strip_prefix("Schlüssel zum Abtippen: "))
            .map(|text| BASE32_NOPAD.decode(text.trim().as_bytes()).unwrap());
        Account {
            name: name.to_owned(),
            totp_secret,
        }
    }

    /// The current TOTP code, or an empty one without a second factor.
    pub fn code(&self) -> String {
        self.code_at_offset(0)
    }

    /// The code of the step `offset` steps from now.
    pub fn code_at_offset(&self, offset: i64) -> String {
        self.totp_secret
            .as_ref()
            .map_or_else(String::new, |secret| {
                totp::code_text(
                    secret,
                    totp::step_at(chrono::Utc::now().timestamp()) + offset,
                )
            })
    }
}

/// A browser-like session: keeps cookies, does not follow redirects.
pub struct WebSession {
    client: Client,
    base: String,
    cookies: HashMap<String, String>,
}

impl WebSession {
    pub fn new(central: &Central) -> WebSession {
        WebSession {
            client: Client::builder().redirect(Policy::none()).build().unwrap(),
            base: central.web.clone(),
            cookies: HashMap::new(),
        }
    }

    fn keep_cookies(&mut self, response: &Response) {
        for header in response.headers().get_all(SET_COOKIE) {
            let text = header.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || text.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn get(&mut self, path: &str) -> Response {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .send()
            .unwrap();
        self.keep_cookies(&response);
        response
    }

    /// Posts a form as it is, without adding a CSRF token.
    pub fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(fields)
            .send()
            .unwrap();
        self.keep_cookies(&response);
        response
    }

    /// Posts a form with the CSRF token of the page at `page`.
    pub fn post(&mut self, page: &str, path: &str, fields: &[(&str, &str)]) -> Response {
        let html = self.get(page).text().unwrap();
        let csrf = csrf_of(&html);
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all)
    }

    /// Signs in through the form; returns the answer to the form post.
    pub fn sign_in_with(&mut self, name: &str, password: &str, code: &str) -> Response {
        self.post(
            "/anmelden",
            "/anmelden",
            &[("name", name), ("password", password), ("code", code)],
        )
    }

    /// Signs in as `account` and checks that it worked.
    pub fn sign_in(central: &Central, account: &Account) -> WebSession {
        let mut session = WebSession::new(central);
        let response = session.sign_in_with(&account.name, PASSWORD, &account.code());
        assert_eq!(response.status(), 303, "{}", response.text().unwrap());
        assert_eq!(response.headers()[LOCATION], "/anliegen");
        session
    }
}

/// The value of the first `name="csrf"` field of a page.
pub fn csrf_of(html: &str) -> String {
    let start = html
        .find(r#"name="csrf" value=""#)
        .expect("page has a form")
        + 19;
    html[start..].split('"').next().unwrap().to_owned()
}
