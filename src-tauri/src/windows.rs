//! The three windows: the fullscreen `kiosk` window for citizens, created at start; the
//! `staff` window, opened with the staff PIN and closed by `staff_lock`; and the
//! `display` window that shows the calls on a TV or second screen, opened by staff or
//! at start (`BK_CALL_DISPLAY`).

use app::messages::german;
use tauri::{Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// Window label of the citizen kiosk; capability `kiosk` names it.
pub const KIOSK: &str = "kiosk";
/// Window label of the staff window; capability `staff` names it.
pub const STAFF: &str = "staff";
/// Window label of the call display; capability `display` names it.
pub const DISPLAY: &str = "display";

/// Opens the kiosk window at `url` (the UI's `index.html`, or the start-up error page).
/// Fullscreen needs a window manager; without one (a bare X server, Xvfb) the window
/// is also placed over the whole monitor, so it covers the screen either way.
pub fn open_kiosk<R: Runtime, M: Manager<R>>(manager: &M, url: WebviewUrl) -> tauri::Result<()> {
    let window = WebviewWindowBuilder::new(manager, KIOSK, url)
        .title(german("window-title-kiosk", &[]))
        .fullscreen(true)
        .decorations(false)
        .resizable(false)
        .focused(true)
        .build()?;
    if let Some(monitor) = window.primary_monitor()? {
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
    WebviewWindowBuilder::new(manager, STAFF, WebviewUrl::App("staff.html".into()))
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
    let window =
        WebviewWindowBuilder::new(manager, DISPLAY, WebviewUrl::App("display.html".into()))
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
