//! `arete-node`: the Arete blockchain node.

mod chain_spec;
mod cli;
mod command;
mod memory;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	memory::limit_malloc_arenas();
	command::run()
}
