"""Maps the top-level data folders into the package (pyproject.toml cannot add them to a find)."""

from setuptools import find_packages, setup

DATA_PACKAGES = {"werkstatt.resources": "resources", "werkstatt.translations": "translations"}

setup(
    packages=find_packages("src") + list(DATA_PACKAGES),
    package_dir={"": "src", **DATA_PACKAGES},
    package_data={
        "werkstatt.resources": ["*.json", "*.md", "fonts/*.ttf", "fonts/*.txt", "icons/*", "*.qss", "demo/*.jpg"],
        "werkstatt.translations": ["*.ts", "*.qm"],
        "werkstatt.migrations": ["*.mako", "versions/*.py"],
    },
    include_package_data=False,
)
