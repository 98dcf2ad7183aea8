fn main() -> std::process::ExitCode {
    parcours::cli::main()
}
