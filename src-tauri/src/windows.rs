//! The two windows: the fullscreen `kiosk` window for citizens, created at start, and the
//! `staff` window, opened with the staff PIN and closed by `staff_lock`.

use app::messages::german;
use tauri::{Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

/// Window label of the citizen kiosk; capability `kiosk` names it.
pub const KIOSK: &str = "kiosk";
/// Window label of the staff window; capability `staff` names it.
pub const STAFF: &str = "staff";

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
