//! The binary as a user meets it: its exit codes when no node answers or arguments are wrong.
//! (A smoke run against a real dev node is part of `scripts/test.sh`.)

use std::process::Command;

fn load_tool() -> Command {
	Command::new(env!("CARGO_BIN_EXE_arete-load"))
}

#[test]
fn no_node_at_the_url_is_an_error_with_exit_code_2() {
	// Port 9 (discard) on localhost: nothing listens there in CI or on a dev machine.
	let output = load_tool()
		.args(["--url", "http://127.0.0.1:9", "--duration", "1", "--accounts", "1"])
		.output()
		.expect("the binary runs");
	assert_eq!(output.status.code(), Some(2), "{output:?}");
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(stderr.starts_with("arete-load: "), "{stderr}");
}

#[test]
fn an_unknown_mix_is_refused_before_anything_is_sent() {
	let output = load_tool()
		.args(["--url", "http://127.0.0.1:9", "--mix", "nonsense"])
		.output()
		.expect("the binary runs");
	assert!(!output.status.success());
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(stderr.contains("nonsense"), "{stderr}");
}
