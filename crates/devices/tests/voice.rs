//! A call sounds: the gong and the German sentence from `espeak-ng`, written into a
//! folder and measured — long enough, loud in the gong and loud in the speech.

use devices::voice::{announce, Call, Sink};

/// Root mean square of the samples, relative to full scale.
fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    (sum / samples.len().max(1) as f64).sqrt() / f64::from(i16::MAX)
}

#[test]
fn a_call_is_a_gong_and_a_spoken_sentence() {
    let call = Call {
        letter: 'A',
        number: 17,
        desk: 2,
    };
    assert_eq!(call.sentence(), "Nummer A 17, bitte zu Schalter 2.");
    let dir = tempfile::tempdir().unwrap();
    let written = announce(&call, &Sink::Folder(dir.path().to_owned()))
        .unwrap()
        .expect("a file in the folder");
    let mut reader = hound::WavReader::open(&written).unwrap();
    let rate = reader.spec().sample_rate as usize;
    let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
    let seconds = samples.len() as f64 / rate as f64;
    assert!(seconds > 2.5, "gong and sentence last {seconds:.2} s");
    let gong = &samples[..rate];
    let speech = &samples[rate * 7 / 4..];
    assert!(
        rms(gong) > 0.05,
        "the gong is audible: rms {:.3}",
        rms(gong)
    );
    assert!(
        rms(speech) > 0.02,
        "the speech is audible: rms {:.3}",
        rms(speech)
    );

    let second = announce(&call, &Sink::Folder(dir.path().to_owned()))
        .unwrap()
        .unwrap();
    assert_ne!(
        second, written,
        "a second call does not overwrite the first"
    );
}
