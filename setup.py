"""Maps the top-level data folders into the package (pyproject.toml cannot add them to a find),
and compiles the translation catalogues into the built package."""

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGES = {"werkstatt.resources": "resources", "werkstatt.translations": "translations"}
HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    """The .qm files are build output: pyside6-lrelease writes them from translations/*.ts into the build."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout reads translations/ itself; tools/bootstrap.sh compiles there
            return
        spec = importlib.util.spec_from_file_location("translations_tool", HERE / "tools" / "translations.py")
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        tool.release(Path(self.build_lib) / "werkstatt" / "translations")


setup(
    packages=find_packages("src") + list(DATA_PACKAGES),
    package_dir={"": "src", **DATA_PACKAGES},
    package_data={
        "werkstatt.resources": ["*.json", "*.md", "fonts/*.ttf", "fonts/*.txt", "icons/*.svg", "*.qss", "demo/*.jpg",
                                "guide/*.md", "guide/*.png"],
        "werkstatt.translations": ["*.qm"],
        # The phone page (issue 20): served from the package, nothing from the internet.
        "werkstatt.phones": ["page/*.html", "page/*.js", "page/*.css"],
        "werkstatt.store.migrations": ["*.mako", "versions/*.py"],
        "werkstatt.register.migrations": ["*.mako", "versions/*.py"],
    },
    include_package_data=False,
    cmdclass={"build_py": BuildWithCatalogues},
)
