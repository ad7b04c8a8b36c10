# Builds the Windows installer dist\bmb-desktop-<version>-setup.exe. Run on Windows 10/11 x64:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs Python 3.11+ (python.org, with the py launcher) and NSIS 3 (makensis) installed.
# PyInstaller cannot cross-build, so this must run on Windows; see installer\README.md.
# Kept ASCII-only: Windows PowerShell 5.1 misreads UTF-8 scripts without a BOM.
param(
    [string]$Python = "",
    [string]$Makensis = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
$PyInstallerVersion = "6.22.3"
$HooksContribVersion = "2026.9"

$Repo = Split-Path -Parent $PSScriptRoot
Set-Location $Repo

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    # Native programs report through exit codes; "Stop" would turn their stderr chatter
    # (pip warnings, PyInstaller's INFO lines) into errors in some PowerShell hosts.
    $ErrorActionPreference = "Continue"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "'$Program $($Arguments -join ' ')' failed with exit code $LASTEXITCODE"
    }
}

function Find-Python {
    # Returns the command as an array: program first, then its arguments.
    if ($Python) { return ,@($Python) }
    $ErrorActionPreference = "Continue"
    foreach ($candidate in @("py -3.13", "py -3.12", "py -3.11", "python")) {
        $parts = $candidate -split " "
        if (-not (Get-Command $parts[0] -ErrorAction SilentlyContinue)) { continue }
        $rest = @($parts | Select-Object -Skip 1)
        & $parts[0] @rest -c "import sys; sys.exit(sys.version_info < (3, 11) or sys.maxsize < 2**32)" 2>$null
        if ($LASTEXITCODE -eq 0) { return ,$parts }
    }
    throw "No 64-bit Python 3.11 or newer found. Install it from python.org (with the py launcher)."
}

function Find-Makensis {
    if ($Makensis) { return $Makensis }
    $onPath = Get-Command "makensis" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    foreach ($folder in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($folder -and (Test-Path "$folder\NSIS\makensis.exe")) { return "$folder\NSIS\makensis.exe" }
    }
    throw "makensis.exe not found. Install NSIS 3 from nsis.sourceforge.io or pass -Makensis C:\path\makensis.exe."
}

# 1. A build venv of its own under build\ (ignored by git), so the developer's .venv stays as it is.
$Venv = Join-Path $Repo "build\venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    $found = Find-Python
    $program = $found[0]
    $rest = @($found | Select-Object -Skip 1)
    Write-Host "Creating $Venv"
    Invoke-Checked $program ($rest + @("-m", "venv", $Venv))
}

# 2. The app with its pinned dependencies from pyproject.toml, and a pinned PyInstaller.
Write-Host "Installing BMB Desktop and PyInstaller $PyInstallerVersion"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", ".",
    "pyinstaller==$PyInstallerVersion", "pyinstaller-hooks-contrib==$HooksContribVersion")
$Version = (& $VenvPython -c "import bmb_desktop; print(bmb_desktop.__version__)").Trim()

# 3. The app's icon as an .ico, for the .exe and the installer.
Invoke-Checked $VenvPython @("installer\make_icon.py", "build\bmb-desktop.ico")

# 4. The one-folder build: dist\bmb-desktop\bmb-desktop.exe with _internal\ beside it.
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\bmb-desktop.spec")

# 5. Smoke test of the frozen program: create the demo database and read it back.
$Smoke = Join-Path $Repo "build\smoke"
Remove-Item -Recurse -Force $Smoke -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Path $Smoke | Out-Null
$env:BMB_CONFIG_DIR = "$Smoke\config"
$env:BMB_DATA_DIR = "$Smoke\data"
$Exe = Join-Path $Repo "dist\bmb-desktop\bmb-desktop.exe"
foreach ($arguments in @(@("demo", "--db", "$Smoke\demo.db"), @("info", "--db", "$Smoke\demo.db"))) {
    # The .exe is a window program: Start-Process -Wait is how to get its exit code.
    # Each argument is quoted, as the repository's path may hold spaces.
    $line = ($arguments | ForEach-Object { '"' + $_ + '"' }) -join " "
    $process = Start-Process -FilePath $Exe -ArgumentList $line -Wait -PassThru -NoNewWindow
    if ($process.ExitCode -ne 0) {
        throw "Smoke test 'bmb-desktop $($arguments -join ' ')' failed with exit code $($process.ExitCode)"
    }
}
Remove-Item Env:\BMB_CONFIG_DIR, Env:\BMB_DATA_DIR
Write-Host "Smoke test passed: the frozen program created and opened the demo database"

if ($SkipInstaller) {
    Write-Host "Done: dist\bmb-desktop\ (installer skipped)"
    exit 0
}

# 6. The per-user installer.
$Nsis = Find-Makensis
$Setup = "bmb-desktop-$Version-setup.exe"
Invoke-Checked $Nsis @("/DVERSION=$Version", "/DDIST_DIR=..\dist\bmb-desktop", "/DOUT_FILE=..\dist\$Setup",
    "installer\bmb-desktop.nsi")
Write-Host "Done: dist\$Setup"
