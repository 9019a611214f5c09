// Returns 1 once the node's finalized head has advanced by `args[0]` blocks (default 5).
const { connect, finalizedNumber, waitFor } = require('./lib');

async function run(nodeName, networkInfo, args) {
	const blocks = Number(args[0] ?? 5);
	const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
	try {
		const start = await finalizedNumber(api);
		const reached = await waitFor(`${nodeName} to finalize ${blocks} more blocks after #${start}`, async () => {
			const now = await finalizedNumber(api);
			return now >= start + blocks ? now : 0;
		}, { timeoutMs: 170_000 });
		console.log(`${nodeName}: finalized #${start} -> #${reached}`);
		return 1;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
