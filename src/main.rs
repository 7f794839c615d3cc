fn main() {
    report_explorer::run();
}
