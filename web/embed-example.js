// Host-page glue for embed-example.html: takes the chartdex server from ?endpoint= (so the page can
// be served from one origin and search another) and shows what the widget reports.
const endpoint = new URLSearchParams(location.search).get('endpoint');
const widget = document.getElementById('widget');
if (endpoint) {
  widget.setAttribute('endpoint', endpoint);
  document.getElementById('endpoint').textContent = endpoint;
}
widget.addEventListener('chartdex-select', (event) => {
  event.preventDefault(); // stay on this page: just note which chart was chosen
  document.getElementById('chosen').textContent = event.detail.id;
});
