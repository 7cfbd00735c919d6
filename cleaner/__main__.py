from cleaner.cli import main

main()
