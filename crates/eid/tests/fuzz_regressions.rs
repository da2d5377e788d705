//! Replays every input kept in `fuzz/regressions/<target>/` through the
//! fuzz target bodies: inputs that once crashed a target stay fixed.

#[path = "../fuzz/targets.rs"]
#[allow(dead_code)]
mod targets;

use std::path::Path;

fn replay(target: &str, body: fn(&[u8])) -> usize {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&directory).expect("regression directory exists") {
        let path = entry.expect("readable entry").path();
        if path.is_file() {
            body(&std::fs::read(&path).expect("readable input"));
            count += 1;
        }
    }
    count
}

#[test]
fn tlv_regressions() {
    assert!(replay("tlv", targets::tlv) > 0);
}

#[test]
fn card_access_regressions() {
    assert!(replay("card_access", targets::card_access) > 0);
}

#[test]
fn sm_response_regressions() {
    assert!(replay("sm_response", targets::sm_response) > 0);
}
