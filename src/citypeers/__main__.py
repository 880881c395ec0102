from citypeers.cli import main

main()
