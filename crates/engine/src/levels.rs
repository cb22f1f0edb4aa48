//! From θ to the plain words people read: four levels per domain and three
//! skill-based paths.

use serde::{Deserialize, Serialize};

/// Level 1..=4 for θ given three increasing cuts.
pub fn level_of(theta: f64, cuts: &[f64; 3]) -> u8 {
    1 + cuts.iter().filter(|&&c| theta >= c).count() as u8
}

/// The skill-based part of the referral, from most to least support needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillPath {
    /// An authorised aidant does procedures with a mandate (Aidants Connect).
    Accompany,
    /// Workshops with a conseiller numérique (Pass numérique).
    Train,
    /// Autonomous: resources to go further.
    Autonomous,
}

impl SkillPath {
    pub const ALL: [SkillPath; 3] = [SkillPath::Accompany, SkillPath::Train, SkillPath::Autonomous];

    /// Path for an overall ability given the bank's two cuts.
    pub fn from_overall(theta: f64, cuts: &[f64; 2]) -> SkillPath {
        SkillPath::ALL[cuts.iter().filter(|&&c| theta >= c).count()]
    }

    /// Position, most support first (0, 1, 2).
    pub fn rank(self) -> usize {
        self as usize
    }

    /// Stable id used in result codes and Fluent keys.
    pub fn id(self) -> &'static str {
        match self {
            SkillPath::Accompany => "accompany",
            SkillPath::Train => "train",
            SkillPath::Autonomous => "autonomous",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_cuts() {
        let cuts = [-1.0, 0.0, 1.0];
        assert_eq!(level_of(-3.0, &cuts), 1);
        assert_eq!(level_of(-1.0, &cuts), 2);
        assert_eq!(level_of(0.5, &cuts), 3);
        assert_eq!(level_of(2.0, &cuts), 4);
    }

    #[test]
    fn paths_follow_cuts() {
        let cuts = [-1.0, 0.5];
        assert_eq!(SkillPath::from_overall(-1.5, &cuts), SkillPath::Accompany);
        assert_eq!(SkillPath::from_overall(0.0, &cuts), SkillPath::Train);
        assert_eq!(SkillPath::from_overall(0.5, &cuts), SkillPath::Autonomous);
    }
}
