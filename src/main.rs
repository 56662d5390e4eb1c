//! The sailctl binary: everything happens in `sailctl::app::run`.

fn main() {
    let code = sailctl::app::run(std::env::args_os());
    std::process::exit(code);
}
