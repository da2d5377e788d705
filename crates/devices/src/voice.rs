//! The call of a number: a two-tone gong, then the number and the desk spoken in
//! German (`espeak-ng`, Debian's speech synthesiser, voice `de`), as one WAV file.
//!
//! The sound goes to the station's loudspeaker through ALSA (`aplay`), or — for a
//! recording, or a station without a sound card such as a test under Xvfb — into a
//! folder as `call-<letter><number>-<n>.wav`, renamed there only once complete.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use texts::german;

/// What is called: the ticket's letter and number, and the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Call {
    /// The letter of the ticket's kind, e.g. `A`.
    pub letter: char,
    /// The ticket's number of the day.
    pub number: u32,
    /// The desk, 1 … 4.
    pub desk: u8,
}

impl Call {
    /// The German sentence spoken after the gong, e.g. "Nummer A 17, bitte zu Schalter 2."
    pub fn sentence(&self) -> String {
        german(
            "call-spoken",
            &[
                ("letter", self.letter.to_string().into()),
                ("number", self.number.to_string().into()),
                ("desk", self.desk.to_string().into()),
            ],
        )
    }
}

/// Where the sound goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    /// Played on the default ALSA device with `aplay`.
    Loudspeaker,
    /// Written into this folder as `call-<n>.wav`.
    Folder(PathBuf),
}

/// Why a call could not be sounded.
#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    /// `espeak-ng` or `aplay` could not be started or failed.
    #[error("{}", german("error-voice-program", &[("program", (*.program).into()), ("detail", .detail.as_str().into())]))]
    Program {
        /// The program.
        program: &'static str,
        /// What went wrong.
        detail: String,
    },
    /// The speech could not be read or the sound written.
    #[error("{}", german("error-voice-sound", &[("detail", .0.as_str().into())]))]
    Sound(String),
}

/// Gong and sentence for `call`, played or written as `sink` says; returns the file
/// written into a folder.
pub fn announce(call: &Call, sink: &Sink) -> Result<Option<PathBuf>, VoiceError> {
    let work = tempfile::tempdir().map_err(sound_error)?;
    let speech = work.path().join("speech.wav");
    run(
        Command::new("espeak-ng")
            .args(["-v", "de", "-s", "140", "-w"])
            .arg(&speech)
            .arg("--")
            .arg(call.sentence()),
        "espeak-ng",
    )?;
    let sound = work.path().join("call.wav");
    write_call(&speech, &sound)?;
    match sink {
        Sink::Loudspeaker => {
            run(Command::new("aplay").arg("-q").arg(&sound), "aplay")?;
            Ok(None)
        }
        Sink::Folder(folder) => {
            // Complete before it appears: copied under a hidden name, then renamed.
            let target = next_free(folder, call)?;
            let partial = target.with_extension("wav.partial");
            std::fs::copy(&sound, &partial).map_err(sound_error)?;
            std::fs::rename(&partial, &target).map_err(sound_error)?;
            Ok(Some(target))
        }
    }
}

/// How long and how loud a WAV file is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loudness {
    /// Length in seconds.
    pub seconds: f64,
    /// Root mean square of the first second (the gong), relative to full scale.
    pub gong_rms: f64,
    /// Root mean square from 1.75 s on (the speech), relative to full scale.
    pub speech_rms: f64,
}

/// Measures a call's WAV file (16-bit mono, as [`announce`] writes it), so that a
/// recording can be checked for being a call and not silence.
pub fn measure(path: &Path) -> Result<Loudness, VoiceError> {
    let mut reader = hound::WavReader::open(path).map_err(sound_error)?;
    let rate = reader.spec().sample_rate as usize;
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .collect::<Result<_, _>>()
        .map_err(sound_error)?;
    let rms = |part: &[i16]| {
        let sum: f64 = part.iter().map(|&s| f64::from(s).powi(2)).sum();
        (sum / part.len().max(1) as f64).sqrt() / f64::from(i16::MAX)
    };
    let gong_end = rate.min(samples.len());
    let speech_start = (rate * 7 / 4).min(samples.len());
    Ok(Loudness {
        seconds: samples.len() as f64 / rate.max(1) as f64,
        gong_rms: rms(&samples[..gong_end]),
        speech_rms: rms(&samples[speech_start..]),
    })
}

/// The gong followed by the speech in `speech`, written to `target` at the speech's
/// sample rate (mono, 16 bit).
fn write_call(speech: &Path, target: &Path) -> Result<(), VoiceError> {
    let mut reader = hound::WavReader::open(speech).map_err(sound_error)?;
    let spec = reader.spec();
    let mono = hound::WavSpec {
        channels: 1,
        ..spec
    };
    let mut writer = hound::WavWriter::create(target, mono).map_err(sound_error)?;
    for sample in gong(spec.sample_rate) {
        writer.write_sample(sample).map_err(sound_error)?;
    }
    let channels = usize::from(spec.channels.max(1));
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .collect::<Result<_, _>>()
        .map_err(sound_error)?;
    for frame in samples.chunks(channels) {
        writer.write_sample(frame[0]).map_err(sound_error)?;
    }
    writer.finalize().map_err(sound_error)
}

/// A two-tone chime ("ding-dong", G5 then E5, each fading out) and a short pause.
fn gong(sample_rate: u32) -> Vec<i16> {
    let rate = f64::from(sample_rate);
    let mut samples = Vec::new();
    for (frequency, seconds) in [(784.0, 0.6), (659.25, 0.9)] {
        let length = (rate * seconds) as usize;
        for i in 0..length {
            let t = i as f64 / rate;
            let fade = (-3.5 * t / seconds).exp();
            let tone = (2.0 * std::f64::consts::PI * frequency * t).sin()
                + 0.3 * (2.0 * std::f64::consts::PI * 2.0 * frequency * t).sin();
            samples.push((tone / 1.3 * fade * 0.6 * f64::from(i16::MAX)) as i16);
        }
    }
    samples.extend(std::iter::repeat_n(0, (rate * 0.25) as usize));
    samples
}

/// `folder/call-<n>.wav` with the first `n` not yet taken.
fn next_free(folder: &Path, call: &Call) -> Result<PathBuf, VoiceError> {
    std::fs::create_dir_all(folder).map_err(sound_error)?;
    (1..)
        .map(|n| folder.join(format!("call-{}{:03}-{n}.wav", call.letter, call.number)))
        .find(|path| !path.exists())
        .ok_or_else(|| VoiceError::Sound(folder.display().to_string()))
}

/// The longest a program may take: speaking or playing a call lasts a few seconds; a
/// sound device that hangs must not silence every later call.
const PROGRAM_TIMEOUT: Duration = Duration::from_secs(20);

/// Runs `command` to its end, killing it after [`PROGRAM_TIMEOUT`].
fn run(command: &mut Command, program: &'static str) -> Result<(), VoiceError> {
    let failed = |detail: String| VoiceError::Program { program, detail };
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| failed(error.to_string()))?;
    let deadline = Instant::now() + PROGRAM_TIMEOUT;
    let status = loop {
        match child
            .try_wait()
            .map_err(|error| failed(error.to_string()))?
        {
            Some(status) => break status,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(german(
                    "error-detail-program-timeout",
                    &[("seconds", PROGRAM_TIMEOUT.as_secs().into())],
                )));
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    if status.success() {
        return Ok(());
    }
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    Err(failed(format!("{status}: {}", stderr.trim())))
}

fn sound_error(error: impl std::fmt::Display) -> VoiceError {
    VoiceError::Sound(error.to_string())
}
