//! The item response function (2PL with an optional guessing floor, i.e. 3PL)
//! and its Fisher information.

/// P(correct | θ) = c + (1 − c) / (1 + e^(−a(θ − b))).
pub fn p_correct(theta: f64, a: f64, b: f64, c: f64) -> f64 {
    c + (1.0 - c) / (1.0 + (-a * (theta - b)).exp())
}

/// Fisher information of one item at θ.
pub fn information(theta: f64, a: f64, b: f64, c: f64) -> f64 {
    let p = p_correct(theta, a, b, c);
    let q = 1.0 - p;
    if p <= c || q <= 0.0 {
        return 0.0;
    }
    let core = (p - c) / (1.0 - c);
    a * a * core * core * q / p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probability_is_half_at_difficulty_without_guessing() {
        assert!((p_correct(0.7, 1.3, 0.7, 0.0) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn guessing_floor_bounds_probability() {
        assert!(p_correct(-20.0, 1.0, 0.0, 0.25) >= 0.25);
        assert!(p_correct(-20.0, 1.0, 0.0, 0.25) < 0.2501);
    }

    #[test]
    fn information_peaks_at_difficulty_for_2pl() {
        let at_b = information(0.5, 1.2, 0.5, 0.0);
        assert!((at_b - 1.2 * 1.2 * 0.25).abs() < 1e-12);
        assert!(information(1.5, 1.2, 0.5, 0.0) < at_b);
        assert!(information(-0.5, 1.2, 0.5, 0.0) < at_b);
    }

    #[test]
    fn information_with_guessing_is_the_fisher_information() {
        // I(θ) = P'(θ)² / (P(1 − P)), with P' by central differences.
        for &(theta, a, b, c) in &[(0.0, 1.2, 0.5, 0.2), (-1.5, 0.8, -1.0, 0.25), (2.0, 2.0, 1.0, 0.1)] {
            let h = 1e-5;
            let dp = (p_correct(theta + h, a, b, c) - p_correct(theta - h, a, b, c)) / (2.0 * h);
            let p = p_correct(theta, a, b, c);
            let fisher = dp * dp / (p * (1.0 - p));
            assert!((information(theta, a, b, c) - fisher).abs() < 1e-6, "at {theta}: {} vs {fisher}", information(theta, a, b, c));
        }
    }
}
