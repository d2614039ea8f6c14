pub fn run(_out: Option<&std::path::Path>, _args: InitArgs) -> anyhow::Result<super::Outcome> {
    todo!()
}
#[derive(Debug, clap::Args)]
pub struct InitArgs {}
