//! Scripted faults: what the card does wrong at APDU step N (counted from 1
//! for each insertion). Each fault fires once. Written as `KIND:STEP`, or
//! `delay:STEP:MILLISECONDS`, on the command line (`--fault`) and on the
//! control channel (`fault KIND:STEP`).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// One misbehaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// The card leaves the reader when the command arrives, unanswered and unprocessed.
    RemoveBefore,
    /// The card processes and answers the command, then leaves the reader.
    RemoveAfter,
    /// The card answers with one byte, which is no response APDU, and does not process the command.
    Garbage,
    /// The card waits this long before it processes and answers.
    Delay(Duration),
    /// The card flips one bit of the MAC (`8E`) of its protected response.
    FlipMac,
}

/// The answer of a `Garbage` fault: too short to carry a status word.
pub const GARBAGE_ANSWER: [u8; 1] = [0x6F];

/// A fault at one APDU step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fault {
    /// The APDU step it fires at, counted from 1 for each insertion.
    pub step: u32,
    /// What the card does wrong at that step.
    pub kind: FaultKind,
}

/// A fault description that could not be read.
#[derive(Debug, thiserror::Error)]
#[error(
    "bad fault {0:?}: expected remove-before:N, remove-after:N, garbage:N, flip-mac:N or delay:N:MS"
)]
pub struct BadFault(String);

impl FromStr for Fault {
    type Err = BadFault;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadFault(text.to_owned());
        let mut parts = text.trim().split(':');
        let name = parts.next().ok_or_else(bad)?;
        let step: u32 = parts.next().ok_or_else(bad)?.parse().map_err(|_| bad())?;
        let kind = match name {
            "remove-before" => FaultKind::RemoveBefore,
            "remove-after" => FaultKind::RemoveAfter,
            "garbage" => FaultKind::Garbage,
            "flip-mac" => FaultKind::FlipMac,
            "delay" => {
                let millis: u64 = parts.next().ok_or_else(bad)?.parse().map_err(|_| bad())?;
                FaultKind::Delay(Duration::from_millis(millis))
            }
            _ => return Err(bad()),
        };
        if step == 0 || parts.next().is_some() {
            return Err(bad());
        }
        Ok(Fault { step, kind })
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            FaultKind::RemoveBefore => write!(f, "remove-before:{}", self.step),
            FaultKind::RemoveAfter => write!(f, "remove-after:{}", self.step),
            FaultKind::Garbage => write!(f, "garbage:{}", self.step),
            FaultKind::FlipMac => write!(f, "flip-mac:{}", self.step),
            FaultKind::Delay(delay) => write!(f, "delay:{}:{}", self.step, delay.as_millis()),
        }
    }
}

/// The faults still to fire.
#[derive(Debug, Default, Clone)]
pub struct FaultPlan {
    faults: Vec<Fault>,
}

/// What the card does at one step, gathered from all faults for that step.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct StepFaults {
    /// Leave the reader when the command arrives, without processing it.
    pub remove_before: bool,
    /// Leave the reader after answering the command.
    pub remove_after: bool,
    /// Answer with [`GARBAGE_ANSWER`] instead of processing the command.
    pub garbage: bool,
    /// Wait this long before processing and answering the command.
    pub delay: Option<Duration>,
    /// Flip one bit of the MAC of the protected response.
    pub flip_mac: bool,
}

impl FaultPlan {
    /// Adds a fault.
    pub fn add(&mut self, fault: Fault) {
        self.faults.push(fault);
    }

    /// Drops all faults.
    pub fn clear(&mut self) {
        self.faults.clear();
    }

    /// The faults still to fire, as `KIND:STEP` words.
    pub fn describe(&self) -> String {
        let words: Vec<String> = self.faults.iter().map(Fault::to_string).collect();
        words.join(",")
    }

    /// Takes out (fires) every fault for `step`.
    pub fn take(&mut self, step: u32) -> StepFaults {
        let mut fired = StepFaults::default();
        self.faults.retain(|fault| {
            if fault.step != step {
                return true;
            }
            match fault.kind {
                FaultKind::RemoveBefore => fired.remove_before = true,
                FaultKind::RemoveAfter => fired.remove_after = true,
                FaultKind::Garbage => fired.garbage = true,
                FaultKind::FlipMac => fired.flip_mac = true,
                FaultKind::Delay(delay) => fired.delay = Some(delay),
            }
            false
        });
        fired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_kind() {
        for text in [
            "remove-before:3",
            "remove-after:1",
            "garbage:2",
            "flip-mac:7",
            "delay:4:1500",
        ] {
            assert_eq!(text.parse::<Fault>().unwrap().to_string(), text);
        }
        for bad in [
            "",
            "remove-before",
            "remove-before:0",
            "garbage:x",
            "delay:3",
            "fly:2",
            "garbage:2:3",
        ] {
            assert!(bad.parse::<Fault>().is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn a_fault_fires_once_at_its_step() {
        let mut plan = FaultPlan::default();
        plan.add("garbage:2".parse().unwrap());
        plan.add("delay:2:10".parse().unwrap());
        assert_eq!(plan.take(1), StepFaults::default());
        let fired = plan.take(2);
        assert!(fired.garbage);
        assert_eq!(fired.delay, Some(Duration::from_millis(10)));
        assert_eq!(plan.take(2), StepFaults::default());
        assert_eq!(plan.describe(), "");
    }
}
