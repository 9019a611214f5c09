//! Compiles the runtime to Wasm with `substrate-wasm-builder`; the node embeds the result.
fn main() {
	#[cfg(feature = "std")]
	{
		substrate_wasm_builder::WasmBuilder::build_using_defaults();
	}
}
