/* The Print button of the printable pages: the browser's own print, which the print stylesheet shapes. */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('safeguarding-print');
    if (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    }
});
