//! The chart: messages per category over the last eight weeks as stacked bars, drawn with
//! plotters into an RGB buffer and encoded as PNG. The font is bundled (DejaVu Sans,
//! `assets/`), so the chart looks the same on a server without fonts.

use std::sync::Once;

use plotters::coord::ranged1d::{IntoSegmentedCoord, SegmentValue};
use plotters::prelude::*;

use super::stats::Stats;
use crate::{Error, Result};

pub const WIDTH: u32 = super::html::WIDTH;
pub const HEIGHT: u32 = 300;

static FONT: &[u8] = include_bytes!("../../assets/DejaVuSans.ttf");
static REGISTER: Once = Once::new();

/// The bar colour of a category (unknown categories get brown).
pub fn colour(category: &str) -> RGBColor {
    match category {
        "safety" => RGBColor(165, 14, 37),
        "data-protection" => RGBColor(106, 61, 154),
        "urgent" => RGBColor(230, 97, 0),
        "complaint" => RGBColor(227, 177, 26),
        "procedural" => RGBColor(31, 120, 180),
        "query" => RGBColor(51, 160, 44),
        "bulk" => RGBColor(160, 160, 160),
        "other" => RGBColor(210, 210, 210),
        _ => RGBColor(140, 86, 75),
    }
}

/// The PNG bytes of the chart for `stats`.
pub fn render(stats: &Stats) -> Result<Vec<u8>> {
    REGISTER.call_once(|| {
        // The bundled font is known good; if it were not, text would be missing, not wrong.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, FONT);
    });
    let (w, h) = (WIDTH, HEIGHT);
    let mut buf = vec![0u8; (w * h * 3) as usize];
    draw(stats, &mut buf, (w, h)).map_err(|e| Error::RenderDigest(format!("chart: {e}")))?;
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Best);
        let mut writer = enc
            .write_header()
            .map_err(|e| Error::RenderDigest(format!("chart png: {e}")))?;
        writer
            .write_image_data(&buf)
            .map_err(|e| Error::RenderDigest(format!("chart png: {e}")))?;
    }
    Ok(png_bytes)
}

fn draw(
    stats: &Stats,
    buf: &mut [u8],
    size: (u32, u32),
) -> std::result::Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::with_buffer(buf, size).into_drawing_area();
    root.fill(&WHITE)?;
    let n = stats.weeks.len() as i32;
    let top = stats.totals.iter().copied().max().unwrap_or(0).max(4);
    let y_max = top + top / 8 + 1;
    let (chart_area, legend_area) = root.split_horizontally(size.0 - 130);
    let mut chart = ChartBuilder::on(&chart_area)
        .caption(
            "Messages per category, last 8 weeks",
            ("sans-serif", 15).into_font().color(&RGBColor(34, 34, 34)),
        )
        .margin(8)
        .x_label_area_size(26)
        .y_label_area_size(34)
        .build_cartesian_2d((0..n - 1).into_segmented(), 0u64..y_max)?;
    let weeks = stats.weeks.clone();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .bold_line_style(RGBColor(225, 225, 225))
        .axis_style(RGBColor(150, 150, 150))
        .label_style(("sans-serif", 12).into_font().color(&RGBColor(80, 80, 80)))
        .x_labels(weeks.len())
        .x_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => weeks
                .get(*i as usize)
                .map(|w| format!("W{:02}", w.week()))
                .unwrap_or_default(),
            SegmentValue::Last => String::new(),
        })
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v}"))
        .draw()?;

    let mut base = vec![0u64; stats.weeks.len()];
    for cat in &stats.categories {
        if cat.counts.iter().all(|c| *c == 0) {
            continue;
        }
        let fill = colour(&cat.name);
        let bars: Vec<Rectangle<(SegmentValue<i32>, u64)>> = cat
            .counts
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(i, c)| {
                let (y0, y1) = (base[i], base[i] + c);
                base[i] = y1;
                let mut r = Rectangle::new(
                    [
                        (SegmentValue::Exact(i as i32), y0),
                        (SegmentValue::Exact(i as i32 + 1), y1),
                    ],
                    fill.filled(),
                );
                r.set_margin(0, 0, 9, 9);
                r
            })
            .collect();
        chart.draw_series(bars)?;
    }

    // Legend: the categories that appear, most severe first.
    let font = ("sans-serif", 12).into_font().color(&RGBColor(50, 50, 50));
    let mut y = 40;
    for cat in stats
        .categories
        .iter()
        .filter(|c| c.counts.iter().any(|n| *n > 0))
    {
        legend_area.draw(&Rectangle::new(
            [(6, y), (18, y + 12)],
            colour(&cat.name).filled(),
        ))?;
        legend_area.draw(&Text::new(cat.name.clone(), (24, y), font.clone()))?;
        y += 20;
    }
    root.present()?;
    Ok(())
}
