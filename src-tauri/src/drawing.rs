//! How WebKit draws the app's windows (`BK_DRAWING`, docs/operations.md): composited
//! with OpenGL, or in software without compositing. A machine without a GPU runs
//! OpenGL in software as well (Mesa's llvmpipe), and there WebKit's compositing only
//! costs: about 100 MB more for the app and its WebKit processes and a slower start
//! (README, figures). So by default the app draws in software when the machine has no
//! GPU render node, and composited with OpenGL when it has one.

use std::path::Path;

/// WebKitGTK's switch for drawing without compositing, read when GTK and WebKit start.
const WITHOUT_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Where the kernel lists the GPUs' device nodes.
const GPU_DEVICES: &str = "/dev/dri";

/// How the windows are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// `auto`: [`Drawing::Gpu`] on a machine with a GPU render node, else [`Drawing::Software`].
    Auto,
    /// `gpu`: WebKit composites with OpenGL (its own default).
    Gpu,
    /// `software`: WebKit draws without compositing.
    Software,
}

impl Drawing {
    /// `auto`, `gpu` or `software`, in any case.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Self::Auto),
            "gpu" => Some(Self::Gpu),
            "software" => Some(Self::Software),
            _ => None,
        }
    }

    /// What this drawing is on a machine whose GPU device folder is `gpu_devices`.
    fn on_machine(self, gpu_devices: &Path) -> Self {
        match self {
            Self::Auto if has_render_node(gpu_devices) => Self::Gpu,
            Self::Auto => Self::Software,
            chosen => chosen,
        }
    }

    /// Tells WebKit how to draw. Call before GTK starts and before the process has a
    /// second thread (it sets an environment variable). A `WEBKIT_DISABLE_COMPOSITING_MODE`
    /// already in the environment is left as it is.
    pub fn apply(self) {
        if self.on_machine(Path::new(GPU_DEVICES)) == Self::Software
            && std::env::var_os(WITHOUT_COMPOSITING).is_none()
        {
            std::env::set_var(WITHOUT_COMPOSITING, "1");
        }
    }
}

/// Whether `gpu_devices` holds a render node (`renderD128`, …), which every GPU driver
/// of Mesa opens; without one, OpenGL is drawn by the CPU.
fn has_render_node(gpu_devices: &Path) -> bool {
    std::fs::read_dir(gpu_devices).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|entry| entry.file_name().to_string_lossy().starts_with("renderD"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_ways_and_nothing_else() {
        assert_eq!(Drawing::parse("auto"), Some(Drawing::Auto));
        assert_eq!(Drawing::parse(" GPU "), Some(Drawing::Gpu));
        assert_eq!(Drawing::parse("Software"), Some(Drawing::Software));
        for bad in ["", "opengl", "1", "soft"] {
            assert_eq!(Drawing::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn auto_draws_in_software_without_a_render_node() {
        let devices = tempfile::tempdir().unwrap();
        let missing = devices.path().join("missing");
        assert_eq!(Drawing::Auto.on_machine(&missing), Drawing::Software);
        // A display controller alone (card0) renders nothing.
        std::fs::write(devices.path().join("card0"), "").unwrap();
        assert_eq!(Drawing::Auto.on_machine(devices.path()), Drawing::Software);
        std::fs::write(devices.path().join("renderD128"), "").unwrap();
        assert_eq!(Drawing::Auto.on_machine(devices.path()), Drawing::Gpu);
    }

    #[test]
    fn a_chosen_way_holds_on_any_machine() {
        let devices = tempfile::tempdir().unwrap();
        assert_eq!(Drawing::Gpu.on_machine(devices.path()), Drawing::Gpu);
        std::fs::write(devices.path().join("renderD128"), "").unwrap();
        assert_eq!(
            Drawing::Software.on_machine(devices.path()),
            Drawing::Software
        );
    }
}
