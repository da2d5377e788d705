//! The three windows: the fullscreen `kiosk` window for citizens, created at start; the
//! `staff` window, opened with the staff PIN and closed by `staff_lock`; and the
//! `display` window that shows the calls on a TV or second screen, opened by staff or
//! at start (`BK_CALL_DISPLAY`). Each is locked to the app's own pages: no navigation
//! elsewhere, no new windows, no context menu.

use app::messages::german;
use tauri::webview::NewWindowResponse;
use tauri::{Manager, Runtime, Url, WebviewUrl, WebviewWindowBuilder};

/// Window label of the citizen kiosk; capability `kiosk` names it.
pub const KIOSK: &str = "kiosk";
/// Window label of the staff window; capability `staff` names it.
pub const STAFF: &str = "staff";
/// Window label of the call display; capability `display` names it.
pub const DISPLAY: &str = "display";

/// Run in every page before its own scripts: a long press or right click opens no menu.
const NO_CONTEXT_MENU: &str =
    "window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });";

/// A window showing `url` that stays on the app's own pages (and on `url` itself, the
/// start-up error page being a `data:` URL): a link, a script or a form elsewhere is
/// not followed, `window.open` opens nothing, and there is no context menu.
fn locked<'a, R: Runtime, M: Manager<R>>(
    manager: &'a M,
    label: &str,
    url: WebviewUrl,
) -> WebviewWindowBuilder<'a, R, M> {
    let start = match &url {
        WebviewUrl::External(start) => Some(start.clone()),
        _ => None,
    };
    WebviewWindowBuilder::new(manager, label, url)
        .on_navigation(move |to| is_own_page(to) || start.as_ref() == Some(to))
        .on_new_window(|_, _| NewWindowResponse::Deny)
        .initialization_script(NO_CONTEXT_MENU)
}

/// A page the app serves itself (`tauri://localhost/…`, or `http://tauri.localhost/…`
/// where the platform uses that form).
fn is_own_page(url: &Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

/// Opens the kiosk window at `url` (the UI's `index.html`, or the start-up error page),
/// running `start_script` before the page's scripts if given.
/// Fullscreen needs a window manager; without one (a bare X server, Xvfb) the window
/// is also placed over the whole monitor, so it covers the screen either way. In cage
/// (Wayland) a window that cannot be resized keeps its default size unless it is given
/// the monitor's.
pub fn open_kiosk<R: Runtime, M: Manager<R>>(
    manager: &M,
    url: WebviewUrl,
    start_script: Option<String>,
) -> tauri::Result<()> {
    let mut builder = locked(manager, KIOSK, url);
    if let Some(script) = start_script {
        builder = builder.initialization_script(script);
    }
    let window = builder
        .title(german("window-title-kiosk", &[]))
        .fullscreen(true)
        .decorations(false)
        .resizable(false)
        .focused(true)
        .build()?;
    // Wayland (cage) names no primary monitor: then the one the window is on.
    let monitor = match window.primary_monitor()? {
        Some(monitor) => Some(monitor),
        None => window.current_monitor()?,
    };
    if let Some(monitor) = monitor {
        window.set_position(*monitor.position())?;
        window.set_size(*monitor.size())?;
    }
    Ok(())
}

/// Opens the staff window, or brings the open one to the front.
pub fn open_staff<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<()> {
    if let Some(window) = manager.get_webview_window(STAFF) {
        return window.set_focus();
    }
    locked(manager, STAFF, WebviewUrl::App("staff.html".into()))
        .title(german("window-title-staff", &[]))
        .inner_size(1024.0, 768.0)
        .min_inner_size(800.0, 600.0)
        .focused(true)
        .build()?;
    Ok(())
}

/// Closes the staff window if it is open.
pub fn close_staff<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<()> {
    match manager.get_webview_window(STAFF) {
        Some(window) => window.destroy(),
        None => Ok(()),
    }
}

/// Opens the call display, or brings the open one to the front: fullscreen on a
/// second screen when there is one, else a window of its own on the first.
pub fn open_display<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<()> {
    if let Some(window) = manager.get_webview_window(DISPLAY) {
        return window.set_focus();
    }
    let window = locked(manager, DISPLAY, WebviewUrl::App("display.html".into()))
        .title(german("window-title-display", &[]))
        .inner_size(1280.0, 720.0)
        .focused(false)
        .build()?;
    // A screen of its own: one that is not the kiosk's. With one screen the display
    // stays a window, never fullscreen over the kiosk.
    let kiosk_screen = match manager.get_webview_window(KIOSK) {
        Some(kiosk) => kiosk.current_monitor()?,
        None => window.primary_monitor()?,
    };
    let monitors = window.available_monitors()?;
    let second = monitors.into_iter().find(|monitor| {
        kiosk_screen
            .as_ref()
            .is_some_and(|kiosk| kiosk.position() != monitor.position())
    });
    if let Some(monitor) = second {
        window.set_position(*monitor.position())?;
        window.set_size(*monitor.size())?;
        window.set_fullscreen(true)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_own_page;

    #[test]
    fn only_the_apps_own_pages_are_followed() {
        for own in [
            "tauri://localhost/index.html",
            "tauri://localhost/staff.html#desks",
            "http://tauri.localhost/display.html",
        ] {
            assert!(is_own_page(&own.parse().unwrap()), "{own}");
        }
        for foreign in [
            "https://www.potsdam.de/",
            "tauri://elsewhere/index.html",
            "http://localhost:8080/",
            "file:///etc/passwd",
            "data:text/html,<h1>x</h1>",
            "about:blank",
        ] {
            assert!(!is_own_page(&foreign.parse().unwrap()), "{foreign}");
        }
    }
}
