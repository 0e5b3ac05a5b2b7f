fn main() {
    yew::Renderer::<parallax_web::App>::new().render();
}
