//! Query engine (placeholder)
