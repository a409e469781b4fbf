//! Keeping a restored window where a person can reach it.
//!
//! tauri-plugin-window-state restores the saved position only when a corner of the saved
//! window lies on a monitor that still exists (else the OS places the window), so a window
//! from an unplugged monitor is never left entirely off-screen. It can still come back with
//! only a bottom corner showing, the title bar above every screen, or bigger than the laptop
//! screen it now opens on. [`fit`] moves such a window so its title bar is on a monitor and
//! shrinks it to that monitor (never below the minimum size). Physical pixels throughout.

/// A rectangle in physical pixels (a window's outer frame, a monitor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Rect {
    fn contains(&self, x: i64, y: i64) -> bool {
        let (left, top) = (i64::from(self.x), i64::from(self.y));
        x >= left
            && y >= top
            && x < left + i64::from(self.width)
            && y < top + i64::from(self.height)
    }
}

/// How tall a title bar is assumed to be when checking that it can be grabbed.
const TITLE_BAR: i64 = 32;

/// Where `window` should be instead, or `None` when it is fine where it is: its title bar's
/// middle must be on one of `monitors` and it must fit on that monitor. A window that fails
/// is centred on the monitor holding most of its title bar, else on `primary`, shrunk to that
/// monitor but never below `min` (width, height). No monitors known: left alone.
pub fn fit(
    window: Rect,
    monitors: &[Rect],
    primary: Option<Rect>,
    min: (u32, u32),
) -> Option<Rect> {
    let bar_y = i64::from(window.y) + TITLE_BAR / 2;
    let bar_x = i64::from(window.x) + i64::from(window.width) / 2;
    let home = monitors.iter().find(|m| m.contains(bar_x, bar_y));
    if let Some(m) = home {
        if window.width <= m.width && window.height <= m.height {
            return None;
        }
    }
    let target = home
        .copied()
        .or(primary)
        .or_else(|| monitors.first().copied())?;
    let width = window.width.min(target.width).max(min.0);
    let height = window.height.min(target.height).max(min.1);
    let centre = |start: i32, room: u32, size: u32| {
        let offset = (i64::from(room) - i64::from(size)).max(0) / 2;
        i32::try_from(i64::from(start) + offset).unwrap_or(start)
    };
    Some(Rect {
        x: centre(target.x, target.width, width),
        y: centre(target.y, target.height, height),
        width,
        height,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const LAPTOP: Rect = Rect {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    const RIGHT: Rect = Rect {
        x: 1920,
        y: 0,
        width: 2560,
        height: 1440,
    };
    const MIN: (u32, u32) = (800, 600);

    fn win(x: i32, y: i32, width: u32, height: u32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn a_window_on_a_monitor_that_fits_is_left_where_it_is() {
        assert_eq!(
            fit(win(100, 80, 1180, 780), &[LAPTOP, RIGHT], Some(LAPTOP), MIN),
            None
        );
        assert_eq!(
            fit(
                win(2000, 100, 2000, 1200),
                &[LAPTOP, RIGHT],
                Some(LAPTOP),
                MIN
            ),
            None
        );
    }

    #[test]
    fn a_window_from_an_unplugged_monitor_comes_back_centred_on_the_primary_one() {
        let moved = fit(win(2100, 200, 1180, 780), &[LAPTOP], Some(LAPTOP), MIN).unwrap();
        assert_eq!(moved, win(370, 150, 1180, 780));
    }

    #[test]
    fn a_title_bar_above_every_screen_is_brought_down_even_if_a_corner_shows() {
        let moved = fit(win(100, -700, 1180, 780), &[LAPTOP], Some(LAPTOP), MIN).unwrap();
        assert!(moved.y >= 0, "{moved:?}");
    }

    #[test]
    fn a_window_bigger_than_its_new_monitor_shrinks_to_it_but_not_below_the_minimum() {
        let big = fit(win(0, 0, 2500, 1400), &[LAPTOP], Some(LAPTOP), MIN).unwrap();
        assert_eq!((big.width, big.height), (1920, 1080));
        let tiny = Rect {
            x: 0,
            y: 0,
            width: 640,
            height: 480,
        };
        let shrunk = fit(win(10, 10, 1180, 780), &[tiny], Some(tiny), MIN).unwrap();
        assert_eq!((shrunk.width, shrunk.height), MIN);
    }

    #[test]
    fn with_no_monitor_known_nothing_is_moved() {
        assert_eq!(fit(win(5000, 5000, 1180, 780), &[], None, MIN), None);
    }
}
