from partnerlens.cli import main

main()
