//! Sorting with one comparator type.
//!
//! Every `sort_by` call with its own closure type makes the compiler emit a
//! fresh copy of the standard sort, several kilobytes each in the wasm.
//! Here the standard sort runs once, on positions, through a `dyn`
//! comparator, and the values are then moved into that order. The sort is
//! stable.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    rearrange(v, order);
}

/// Sorts `v` by a key, keeping equal elements in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = v.iter().map(&key).collect();
    let order = positions(v.len(), &|a, b| keys[a].cmp(&keys[b]));
    rearrange(v, order);
}

/// Positions `0..n` in the order `cmp` gives (stable).
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// Moves the elements of `v` into `order` (a permutation of its positions).
fn rearrange<T>(v: &mut Vec<T>, order: Vec<u32>) {
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        let words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "fig"];
        let mut ours: Vec<&str> = words.to_vec();
        let mut std_sorted = ours.clone();
        sort_by(&mut ours, |a, b| a.len().cmp(&b.len()));
        std_sorted.sort_by_key(|w| w.len());
        assert_eq!(ours, std_sorted);
        let mut by_key: Vec<&str> = words.to_vec();
        sort_by_key(&mut by_key, |w| std::cmp::Reverse(w.len()));
        std_sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
        assert_eq!(by_key, std_sorted);
    }

    #[test]
    fn handles_empty_and_owned_values() {
        let mut none: Vec<String> = Vec::new();
        sort_by(&mut none, |a, b| a.cmp(b));
        assert!(none.is_empty());
        let mut owned: Vec<String> = (0..100).rev().map(|i| format!("{i:03}")).collect();
        sort_by(&mut owned, |a, b| a.cmp(b));
        assert_eq!(owned.first().map(String::as_str), Some("000"));
        assert_eq!(owned.len(), 100);
        assert!(owned.windows(2).all(|w| w[0] < w[1]));
    }
}
