//! Build script: declares the app's commands so Tauri generates an `allow-<command>`
//! permission for each, and the ACL in `capabilities/` decides which window may call which.

include!("src/commands/names.rs");

fn main() {
    let all_commands: Vec<&'static str> = KIOSK_COMMANDS
        .iter()
        .chain(STAFF_COMMANDS)
        .chain(SHARED_COMMANDS)
        .chain(DISPLAY_COMMANDS)
        .copied()
        .collect();
    // `AppManifest::commands` wants a `'static` slice; the build script ends right after.
    let manifest = tauri_build::AppManifest::new().commands(all_commands.leak());
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build failed: see the message above");
}
