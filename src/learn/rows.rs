//! The rows of a model read from its file: only the feature indices with a weight or an
//! IDF, each row the index, its IDF and one 16-bit weight per class, read in place from the
//! binary for the shipped model; an [`Index`] finds a feature's row; [`sums`] reads a
//! message's features against one model's rows, or two models' that share them.

use super::features::Features;

/// A model's rows as its file holds them, read in place: only the indices with a weight
/// (or an IDF), ascending, each row `ROW_HEAD + 2 * classes` bytes: the index (u32), its
/// inverse document frequency (f32), then `q[class]` (i16, little-endian) for weights
/// `q[class] * scales[class]`. Reading a feature touches one place in memory; [`Index`]
/// finds its row.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Sparse {
    /// Which indices have a row, shared by the models whose rows have the same indices and
    /// IDF (the main model and the word-view safety head; see [`Model::shares_rows`]).
    pub index: std::sync::Arc<Index>,
    pub rows: Bytes,
    pub scales: Vec<f32>,
}

/// Bytes of a row before its weights: the index and the IDF.
pub(super) const ROW_HEAD: usize = 8;

impl Sparse {
    /// Row `r` of a model with `k` classes.
    #[inline]
    pub(super) fn row(&self, k: usize, r: usize) -> &[u8] {
        let stride = ROW_HEAD + 2 * k;
        &self.rows[r * stride..(r + 1) * stride]
    }

    /// The number of rows.
    pub(super) fn len(&self, k: usize) -> usize {
        self.rows.len() / (ROW_HEAD + 2 * k)
    }
}

/// The sums of `q * x` per class over the features of `f` that have a row (x: the feature's
/// value times its IDF), for `a` with `k` classes and for `b` with its number of classes at
/// the same rows, if given; and the squared length of the weighted features (`unseen`:
/// the IDF of a feature without a row). For the usual numbers of classes the sums are
/// arrays of a fixed size ([`sums_fixed`]); the same values either way.
pub(super) fn sums(
    a: &Sparse,
    k: usize,
    b: Option<(&Sparse, usize)>,
    unseen: f32,
    f: &Features,
) -> (Vec<f32>, Vec<f32>, f32) {
    macro_rules! fixed {
        ($($k:literal)*) => {
            match (k, b.map(|b| b.1)) {
                $(
                    ($k, None) => {
                        let (s, _, n) = sums_fixed::<$k, 0>(a, None, unseen, f);
                        return (s.to_vec(), Vec::new(), n);
                    }
                    ($k, Some(2)) => {
                        let (s, o, n) = sums_fixed::<$k, 2>(a, b.map(|b| b.0), unseen, f);
                        return (s.to_vec(), o.to_vec(), n);
                    }
                )*
                _ => {}
            }
        };
    }
    fixed!(2 3 4 5 6 7 8 9 10 11 12);
    sums_any(a, k, b, unseen, f)
}

/// [`sums`] for any number of classes.
pub(super) fn sums_any(
    a: &Sparse,
    k: usize,
    b: Option<(&Sparse, usize)>,
    unseen: f32,
    f: &Features,
) -> (Vec<f32>, Vec<f32>, f32) {
    let mut sums = vec![0f32; k];
    let mut other = vec![0f32; b.map_or(0, |b| b.1)];
    let mut norm = 0f32;
    for &(i, v) in &f.entries {
        match a.index.row(i) {
            None => norm += (v * unseen).powi(2),
            Some(r) => {
                let row = a.row(k, r);
                let x = v * row_idf(row);
                norm += x * x;
                for (s, w) in sums.iter_mut().zip(row_weights(row)) {
                    *s += f32::from(w) * x;
                }
                if let Some((b, kb)) = b {
                    for (s, w) in other.iter_mut().zip(row_weights(b.row(kb, r))) {
                        *s += f32::from(w) * x;
                    }
                }
            }
        }
    }
    (sums, other, norm)
}

/// [`sums`] for `K` classes and, when `KB` is not 0, `b` with `KB`: the compiler unrolls
/// and vectorises the classes (each sum still adds the same products in the same order),
/// so a row costs a few instructions and more of the rows' scattered reads are under way
/// at once.
#[inline(always)]
fn sums_fixed<const K: usize, const KB: usize>(
    a: &Sparse,
    b: Option<&Sparse>,
    unseen: f32,
    f: &Features,
) -> ([f32; K], [f32; KB], f32) {
    let rows: &[u8] = &a.rows;
    let other_rows: &[u8] = b.map_or(&[], |b| &b.rows);
    let (stride, other_stride) = (ROW_HEAD + 2 * K, ROW_HEAD + 2 * KB);
    let mut sums = [0f32; K];
    let mut other = [0f32; KB];
    let mut norm = 0f32;
    // The rows are scattered over megabytes: each is asked for from memory a few features
    // ahead of its turn, so that many are on their way at once.
    let found: Vec<u32> = f
        .entries
        .iter()
        .map(|&(i, _)| a.index.row(i).map_or(NO_ROW, |r| r as u32))
        .collect();
    for (j, &(_, v)) in f.entries.iter().enumerate() {
        if let Some(&r) = found.get(j + AHEAD).filter(|&&r| r != NO_ROW) {
            let r = r as usize;
            prefetch(rows, r * stride);
            prefetch(rows, r * stride + stride - 1);
            if KB > 0 {
                prefetch(other_rows, r * other_stride);
                prefetch(other_rows, r * other_stride + other_stride - 1);
            }
        }
        if found[j] == NO_ROW {
            norm += (v * unseen).powi(2);
            continue;
        }
        let r = found[j] as usize;
        let row = &rows[r * stride..][..stride];
        let x = v * row_idf(row);
        norm += x * x;
        for (c, s) in sums.iter_mut().enumerate() {
            let w = i16::from_le_bytes([row[ROW_HEAD + 2 * c], row[ROW_HEAD + 2 * c + 1]]);
            *s += f32::from(w) * x;
        }
        if KB > 0 {
            let row = &other_rows[r * other_stride..][..other_stride];
            for (c, s) in other.iter_mut().enumerate() {
                let w = i16::from_le_bytes([row[ROW_HEAD + 2 * c], row[ROW_HEAD + 2 * c + 1]]);
                *s += f32::from(w) * x;
            }
        }
    }
    (sums, other, norm)
}

/// A feature without a row, in [`sums_fixed`]'s list of rows.
const NO_ROW: u32 = u32::MAX;
/// How many features ahead [`sums_fixed`] asks for a row.
const AHEAD: usize = 8;

/// Asks for the cache line holding `bytes[at]` (nothing when `at` is past the end): a hint
/// to the processor, which changes no result.
#[inline(always)]
fn prefetch(bytes: &[u8], at: usize) {
    #[cfg(target_arch = "x86_64")]
    if let Some(b) = bytes.get(at) {
        // SAFETY: a prefetch reads nothing the program sees and cannot fault, and the
        // address is inside `bytes` all the same.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                (b as *const u8).cast(),
            )
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (bytes, at);
}

/// A row's feature index.
#[inline]
pub(super) fn row_index(row: &[u8]) -> u32 {
    u32::from_le_bytes([row[0], row[1], row[2], row[3]])
}

/// A row's inverse document frequency.
#[inline]
pub(super) fn row_idf(row: &[u8]) -> f32 {
    f32::from_le_bytes([row[4], row[5], row[6], row[7]])
}

/// A row's quantised weights, one per class.
#[inline]
pub(super) fn row_weights(row: &[u8]) -> impl Iterator<Item = i16> + '_ {
    row[ROW_HEAD..]
        .chunks_exact(2)
        .map(|w| i16::from_le_bytes([w[0], w[1]]))
}

/// Bytes read in place from the binary (the shipped model) or a copy (a file read at run
/// time).
#[derive(Clone)]
pub(super) enum Bytes {
    Static(&'static [u8]),
    Owned(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Static(b) => b,
            Bytes::Owned(b) => b,
        }
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Bytes) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} bytes", self.len())
    }
}

/// Which of `2^bits` indices have a row, and which row: a bit per index and, per 64 of
/// them, the rows before. A lookup is a word and a popcount in a table of `2^bits / 4`
/// bytes (64 KB at 18 bits: it stays in cache, where a table of rows would not).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Index {
    blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Block {
    bits: u64,
    before: u32,
}

impl Index {
    /// From ascending indices below `2^bits`.
    pub(super) fn new(bits: u32, indices: impl Iterator<Item = u32>) -> Index {
        let mut blocks = vec![Block { bits: 0, before: 0 }; (1usize << bits).div_ceil(64)];
        for i in indices {
            blocks[(i >> 6) as usize].bits |= 1 << (i & 63);
        }
        let mut before = 0;
        for b in blocks.iter_mut() {
            b.before = before;
            before += b.bits.count_ones();
        }
        Index { blocks }
    }

    /// The row of index `i`, if it has one.
    #[inline]
    pub(super) fn row(&self, i: u32) -> Option<usize> {
        let b = self.blocks[(i >> 6) as usize];
        let bit = 1u64 << (i & 63);
        if b.bits & bit == 0 {
            return None;
        }
        Some(b.before as usize + (b.bits & (bit - 1)).count_ones() as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_finds_every_row_and_only_those() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for bits in [4, 6, 7, 12, 18] {
            let mut rows: Vec<u32> = (0..(1u32 << bits) / 3)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % (1 << bits)) as u32
                })
                .collect();
            rows.sort_unstable();
            rows.dedup();
            let index = Index::new(bits, rows.iter().copied());
            for i in 0..1u32 << bits {
                assert_eq!(
                    index.row(i),
                    rows.binary_search(&i).ok(),
                    "{bits} bits, {i}"
                );
            }
        }
    }
}
