//! A call sounds: the gong and the German sentence from `espeak-ng`, written into a
//! folder and measured — long enough, loud in the gong and loud in the speech.

use devices::voice::{announce, measure, Call, Sink};

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
    let loudness = measure(&written).unwrap();
    assert!(
        loudness.seconds > 2.5,
        "gong and sentence last {loudness:?}"
    );
    assert!(
        loudness.gong_rms > 0.05,
        "the gong is audible: {loudness:?}"
    );
    assert!(
        loudness.speech_rms > 0.02,
        "the speech is audible: {loudness:?}"
    );

    let second = announce(&call, &Sink::Folder(dir.path().to_owned()))
        .unwrap()
        .unwrap();
    assert_ne!(
        second, written,
        "a second call does not overwrite the first"
    );
}
