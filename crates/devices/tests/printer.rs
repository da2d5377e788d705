//! The receipt printer against a fake network printer on 127.0.0.1: the exact bytes of
//! a ticket (a golden file), its QR code turned from the raster bytes into an image and
//! decoded by `zbarimg` (Debian's zbar-tools), and the printer's problems — paper out,
//! offline, unreachable, silent — and a USB printer's device file, nothing else.

use std::path::{Path, PathBuf};
use std::process::Command;

use devices::fake_printer::{FakePrinter, FakeState};
use devices::printer::receipt::{render, TicketReceipt};
use devices::printer::{print, status, Answer, PrinterAddress, PrinterProblem};

fn ticket() -> TicketReceipt {
    TicketReceipt {
        heading: "Bürgerservice Potsdam – Stern-Center".into(),
        label: "A-017".into(),
        kind: "Online-Ausweis & PIN".into(),
        window: Some("Bitte zwischen 14:20 und 14:35 wiederkommen.".into()),
        wait: Some("Voraussichtliche Wartezeit: etwa 12 Minuten".into()),
        qr_text: "Wartenummer A-017\nBürgerservice Potsdam – Stern-Center\n02.12.2026".into(),
        drawn: "02.12.2026, 14:08".into(),
    }
}

fn network(printer: &FakePrinter) -> PrinterAddress {
    PrinterAddress::Network(printer.address())
}

fn golden_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/ticket.escpos")
}

#[test]
fn a_ticket_prints_exactly_the_golden_bytes() {
    let printer = FakePrinter::start(FakeState::Ready).unwrap();
    print(&network(&printer), &render(&ticket()).unwrap()).unwrap();
    let jobs = wait_for_jobs(&printer, 1);
    if std::env::var_os("BK_WRITE_GOLDEN").is_some() {
        std::fs::write(golden_file(), &jobs[0]).unwrap();
    }
    let golden = std::fs::read(golden_file()).expect("tests/golden/ticket.escpos");
    assert!(
        jobs[0] == golden,
        "the printed bytes differ from {} (BK_WRITE_GOLDEN=1 writes them anew after a deliberate change)",
        golden_file().display()
    );
    // Code page Windows-1252 chosen, umlauts and the dash in it, the number in large
    // letters, a cut at the end.
    assert!(golden.starts_with(&[0x1B, b'@', 0x1B, b't', 16]));
    assert!(golden.windows(2).any(|w| w == [b'B', 0xFC]), "„Bü“");
    assert!(golden.windows(3).any(|w| w == b" \x96 "), "„ – “");
    assert!(
        golden.windows(3).any(|w| w == [0x1D, 0x21, 0x33]),
        "size 4×4"
    );
    assert!(golden.ends_with(&[0x1D, 0x56, 0x41, 0x00]), "cut");
}

#[test]
fn the_printed_qr_code_decodes_to_the_ticket_text() {
    let printer = FakePrinter::start(FakeState::Ready).unwrap();
    print(&network(&printer), &render(&ticket()).unwrap()).unwrap();
    let job = wait_for_jobs(&printer, 1).remove(0);
    let (width, height, pixels) = raster_image(&job).expect("a GS v 0 raster image");
    let dir = tempfile::tempdir().unwrap();
    let image = dir.path().join("qr.pgm");
    let mut pgm = format!("P5\n{width} {height}\n255\n").into_bytes();
    pgm.extend(pixels.iter().map(|&black| if black { 0 } else { 255 }));
    std::fs::write(&image, pgm).unwrap();
    let output = Command::new("zbarimg")
        .args(["--raw", "--quiet", "-Sbinary"])
        .arg(&image)
        .output()
        .expect("zbarimg (Debian zbar-tools) runs");
    assert!(output.status.success(), "zbarimg found no code: {output:?}");
    assert_eq!(
        String::from_utf8(output.stdout).unwrap().trim_end(),
        ticket().qr_text
    );
}

#[test]
fn paper_out_and_offline_stop_the_job_and_a_silent_printer_prints() {
    let printer = FakePrinter::start(FakeState::PaperOut).unwrap();
    let bytes = render(&ticket()).unwrap();
    assert_eq!(
        print(&network(&printer), &bytes),
        Err(PrinterProblem::PaperOut)
    );
    assert_eq!(status(&network(&printer)), Err(PrinterProblem::PaperOut));
    printer.set_state(FakeState::Offline);
    assert_eq!(
        print(&network(&printer), &bytes),
        Err(PrinterProblem::Offline)
    );
    assert!(
        printer.jobs().is_empty(),
        "nothing was sent to a printer with a problem"
    );
    printer.set_state(FakeState::Silent);
    assert_eq!(status(&network(&printer)), Ok(Answer::NoAnswer));
    print(&network(&printer), &bytes).unwrap();
    printer.set_state(FakeState::Ready);
    assert_eq!(status(&network(&printer)), Ok(Answer::Ready));
    assert_eq!(wait_for_jobs(&printer, 1).len(), 1);
}

#[test]
fn a_printer_that_is_gone_is_unreachable_with_its_address() {
    let address = {
        let printer = FakePrinter::start(FakeState::Ready).unwrap();
        network(&printer)
    };
    let problem = print(&address, b"x").unwrap_err();
    assert_eq!(problem.code(), "printer_unreachable");
    assert!(
        problem.to_string().contains(&address.to_string()),
        "{problem}"
    );
}

#[test]
fn only_a_character_device_is_printed_to() {
    let bytes = render(&ticket()).unwrap();
    let null = PrinterAddress::Device("/dev/null".into());
    assert_eq!(status(&null), Ok(Answer::Ready));
    print(&null, &bytes).unwrap();
    let missing = PrinterAddress::Device("/dev/usb/lp-none".into());
    assert_eq!(status(&missing).unwrap_err().code(), "printer_unreachable");
    assert_eq!(
        print(&missing, &bytes).unwrap_err().code(),
        "printer_unreachable"
    );
    // A file below /dev that is no device (a typo must not overwrite a file).
    let shm = tempfile::NamedTempFile::new_in("/dev/shm").unwrap();
    let file = PrinterAddress::Device(shm.path().to_owned());
    let problem = print(&file, &bytes).unwrap_err();
    assert!(
        problem.to_string().contains("keine Gerätedatei"),
        "{problem}"
    );
    assert_eq!(
        std::fs::read(shm.path()).unwrap(),
        b"",
        "the file is untouched"
    );
}

/// The jobs once `count` have arrived (the fake records a job when its connection ends).
fn wait_for_jobs(printer: &FakePrinter, count: usize) -> Vec<Vec<u8>> {
    for _ in 0..200 {
        let jobs = printer.jobs();
        if jobs.len() >= count {
            return jobs;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!(
        "the fake printer received {} job(s), not {count}",
        printer.jobs().len()
    );
}

/// The first `GS v 0` raster image of a job: width and height in dots, and one
/// `true` per black dot, row by row.
fn raster_image(job: &[u8]) -> Option<(usize, usize, Vec<bool>)> {
    let start = job.windows(4).position(|w| w == [0x1D, b'v', b'0', 0])?;
    let header = &job[start + 4..start + 8];
    let row_bytes = usize::from(u16::from_le_bytes([header[0], header[1]]));
    let height = usize::from(u16::from_le_bytes([header[2], header[3]]));
    let data = job.get(start + 8..start + 8 + row_bytes * height)?;
    let width = row_bytes * 8;
    let pixels = (0..height)
        .flat_map(|y| (0..width).map(move |x| (x, y)))
        .map(|(x, y)| data[y * row_bytes + x / 8] & (0x80 >> (x % 8)) != 0)
        .collect();
    Some((width, height, pixels))
}
